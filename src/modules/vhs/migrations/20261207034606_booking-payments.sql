ALTER TABLE "vhs_bookings" ADD COLUMN "payment_provider" text;--> statement-breakpoint
ALTER TABLE "vhs_bookings" ADD COLUMN "payment_transaction_id" text;--> statement-breakpoint
ALTER TABLE "vhs_bookings" ADD COLUMN "payment_state" text;--> statement-breakpoint
ALTER TABLE "vhs_bookings" ADD COLUMN "payment_instructions" jsonb;--> statement-breakpoint
ALTER TABLE "vhs_bookings" ADD COLUMN "paid_at" timestamp with time zone;