CREATE TABLE "library_fees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reader_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"amount_cents" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp with time zone,
	CONSTRAINT "library_fees_amount_check" CHECK ("library_fees"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "library_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"reader_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ready_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "library_loan_reminders" (
	"loan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_loan_reminders_loan_id_kind_pk" PRIMARY KEY("loan_id","kind")
);
--> statement-breakpoint
CREATE TABLE "library_loans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"reader_id" uuid NOT NULL,
	"lent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_on" date NOT NULL,
	"renewals" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_reader_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"reader_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_readers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"card_number" text NOT NULL,
	"pin_hash" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"user_id" uuid,
	"expires_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_readers_card_number_key" UNIQUE("card_number"),
	CONSTRAINT "library_readers_user_id_key" UNIQUE("user_id")
);
--> statement-breakpoint
ALTER TABLE "library_fees" ADD CONSTRAINT "library_fees_reader_id_library_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."library_readers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_holds" ADD CONSTRAINT "library_holds_item_id_library_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_holds" ADD CONSTRAINT "library_holds_reader_id_library_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."library_readers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_loan_reminders" ADD CONSTRAINT "library_loan_reminders_loan_id_library_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."library_loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_loans" ADD CONSTRAINT "library_loans_item_id_library_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_loans" ADD CONSTRAINT "library_loans_reader_id_library_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."library_readers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_reader_sessions" ADD CONSTRAINT "library_reader_sessions_reader_id_library_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."library_readers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_readers" ADD CONSTRAINT "library_readers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "library_fees_reader_idx" ON "library_fees" USING btree ("reader_id");--> statement-breakpoint
CREATE UNIQUE INDEX "library_holds_item_reader_key" ON "library_holds" USING btree ("item_id","reader_id");--> statement-breakpoint
CREATE INDEX "library_holds_reader_idx" ON "library_holds" USING btree ("reader_id");--> statement-breakpoint
CREATE UNIQUE INDEX "library_loans_item_key" ON "library_loans" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "library_loans_reader_idx" ON "library_loans" USING btree ("reader_id");--> statement-breakpoint
CREATE INDEX "library_loans_due_idx" ON "library_loans" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "library_reader_sessions_reader_idx" ON "library_reader_sessions" USING btree ("reader_id");--> statement-breakpoint
-- Availability (DAIA, the record pages) follows the loans and holds: pages cached for visitors are
-- dropped when either changes (kernel/db/changes.ts).
create trigger library_loans_notify_change after insert or update or delete or truncate on library_loans
  for each statement execute function stadtportal_notify_change();--> statement-breakpoint
create trigger library_holds_notify_change after insert or update or delete or truncate on library_holds
  for each statement execute function stadtportal_notify_change();
