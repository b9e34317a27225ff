ALTER TABLE "appointment_slots" ADD COLUMN "hold_hash" text;--> statement-breakpoint
ALTER TABLE "appointment_slots" ADD COLUMN "held_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "appointment_slots_hold_idx" ON "appointment_slots" USING btree ("hold_hash") WHERE hold_hash is not null;