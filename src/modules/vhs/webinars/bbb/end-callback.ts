import { hmac, safeEqual } from '../../../../kernel/auth';

/**
 * bbb-web calls `meta_endCallbackUrl` without any signature of its own, so the portal signs the URL
 * it hands over: an HMAC of the meeting id under the shared secret. Anyone can send a GET to the
 * callback path; only a URL the portal made (or one made with the shared secret) is accepted.
 */
export function endCallbackSignature(meetingID: string, sharedSecret: string): string {
  return hmac(sharedSecret, `vhs-webinar-end:${meetingID}`);
}

export function isGenuineEndCallback(meetingID: string, signature: string, sharedSecret: string): boolean {
  return safeEqual(endCallbackSignature(meetingID, sharedSecret), signature);
}
