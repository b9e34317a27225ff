ALTER TABLE "services" ADD COLUMN "appointment_service" text;--> statement-breakpoint
ALTER TABLE "services" DROP COLUMN "appointment_url";