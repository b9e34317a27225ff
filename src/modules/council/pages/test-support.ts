import type { Executor } from '../../../kernel/db/types';
import { councilMemberAccounts, councilMeetingFiles, councilMeetingOrganizations, councilMeetings } from '../tables';
import { insertCouncilFixture, type CouncilFixture } from '../test-support';

const DAY = 86_400_000;

/**
 * The module's council fixture with its committee meeting three days ahead of `now` (so it is "next"
 * on the pages), plus a cancelled Rat meeting a week ago at the same place, which holds the public
 * file as an auxiliary document.
 */
export async function insertPagesFixture(db: Executor, now = new Date()): Promise<CouncilFixture & { pastMeetingId: string }> {
  const council = await insertCouncilFixture(db, new Date(now.getTime() + 3 * DAY));
  const [past] = await db
    .insert(councilMeetings)
    .values({
      bodyId: council.bodyId,
      name: '12. Sitzung des Rates',
      meetingState: 'eingeladen',
      cancelled: true,
      start: new Date(now.getTime() - 7 * DAY),
      locationId: council.locationId,
    })
    .returning({ id: councilMeetings.id });
  await db.insert(councilMeetingOrganizations).values({ meetingId: past!.id, organizationId: council.rat.id });
  await db.insert(councilMeetingFiles).values({ meetingId: past!.id, fileId: council.files.publicId });
  return { ...council, pastMeetingId: past!.id };
}

/** Makes the account the council member `personId` (the portal role "Ratsmitglied"). */
export async function linkMember(db: Executor, userId: string, personId: string): Promise<void> {
  await db.insert(councilMemberAccounts).values({ userId, personId });
}
