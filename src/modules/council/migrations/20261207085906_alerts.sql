CREATE TABLE "council_alert_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"kind" text NOT NULL,
	"target_key" text NOT NULL,
	"search" jsonb,
	"organization_id" uuid,
	"paper_id" uuid,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"reported_until" timestamp with time zone,
	CONSTRAINT "council_alert_subscriptions_target_check" CHECK ((kind = 'search' and search is not null) or (kind = 'gremium' and organization_id is not null) or (kind = 'paper' and paper_id is not null))
);
--> statement-breakpoint
ALTER TABLE "council_alert_subscriptions" ADD CONSTRAINT "council_alert_subscriptions_organization_id_council_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."council_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_alert_subscriptions" ADD CONSTRAINT "council_alert_subscriptions_paper_id_council_papers_id_fk" FOREIGN KEY ("paper_id") REFERENCES "public"."council_papers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "council_alert_subscriptions_target_key" ON "council_alert_subscriptions" USING btree ("email","target_key");--> statement-breakpoint
CREATE INDEX "council_alert_subscriptions_unconfirmed_idx" ON "council_alert_subscriptions" USING btree ("created_at") WHERE confirmed_at is null;