CREATE INDEX "council_agenda_item_files_file_idx" ON "council_agenda_item_files" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "council_agenda_items_resolution_file_idx" ON "council_agenda_items" USING btree ("resolution_file_id");--> statement-breakpoint
CREATE INDEX "council_meeting_files_file_idx" ON "council_meeting_files" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "council_paper_files_file_idx" ON "council_paper_files" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "council_paper_locations_location_idx" ON "council_paper_locations" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "council_papers_main_file_idx" ON "council_papers" USING btree ("main_file_id");