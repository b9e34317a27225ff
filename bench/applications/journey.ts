import { BENCH_ANSWERS, BENCH_FORM_KEY } from './bench-form';
import { parseForms, type HttpUser, type ParsedForm } from './http-user';

/** A guest's Antrag up to the check page: start, three pages (the last with the attachment). Returns the check page's submit form. */
export async function prepareDraft(user: HttpUser, email: string, attachment: Buffer): Promise<ParsedForm> {
  const start = await user.request('GET start', `/leistungen/${BENCH_FORM_KEY}/antrag`);
  const guestForm = parseForms(start.html).find((form) => form.inputs.some((input) => input.type === 'email'));
  if (!guestForm) throw new Error(`start page (${start.status}) has no guest form`);
  const emailField = guestForm.inputs.find((input) => input.type === 'email')!;
  let response = await user.submit('POST start', guestForm, { [emailField.name]: email });
  for (let step = 0; step < 6; step += 1) {
    if (response.status !== 303 || !response.location) throw new Error(`expected a redirect, got ${response.status}: ${response.html.slice(0, 300)}`);
    const location = response.location;
    const page = await user.request(location.endsWith('/pruefen') ? 'GET check' : 'GET page', location);
    const forms = parseForms(page.html);
    if (location.endsWith('/pruefen')) {
      const submitForm = forms.find((form) => form.action.endsWith('/absenden'));
      if (!submitForm) throw new Error(`check page (${page.status}) has no submit form: ${page.html.slice(0, 300)}`);
      return submitForm;
    }
    const pageId = location.split('/').pop()!;
    const form = forms.find((candidate) => candidate.inputs.some((input) => input.name === 'formVersion'));
    if (!form) throw new Error(`page ${location} (${page.status}) has no form`);
    const answers = (BENCH_ANSWERS as Record<string, Record<string, string>>)[pageId];
    response = answers
      ? await user.submit('POST page', form, answers)
      : await user.submit('POST page+file', form, {}, { [pageId]: { bytes: attachment, filename: 'foto.png', type: 'image/png' } });
  }
  throw new Error('the form did not reach the check page within 6 steps');
}

/** Ticks the declaration and submits; returns true when the confirmation follows. */
export async function submitDraft(user: HttpUser, submitForm: ParsedForm): Promise<boolean> {
  const ticks = Object.fromEntries(submitForm.inputs.filter((input) => input.type === 'checkbox').map((input) => [input.name, input.value || 'on']));
  const response = await user.submit('POST submit', submitForm, ticks);
  return response.status === 303 && Boolean(response.location?.endsWith('/bestaetigung'));
}
