import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../src/schema/activity.ts';
import { emptyForm, formToEntry, controlIdFor } from '../../src/lib/contributing/submission.ts';
import { formMessage } from '../../src/lib/contributing/form-messages.ts';

const schema = activitySchema({ areas: ['millbrook', 'oakridge'] });
const said = (form: ReturnType<typeof emptyForm>) => {
  const entry = formToEntry(form);
  const result = schema.safeParse(entry);
  return new Map(result.success ? [] : result.error.issues.map((issue) => [controlIdFor(issue.path), formMessage(issue, entry)]));
};

describe("the add form's words for a problem", () => {
  it('says what to do with each required control left empty, with no field names or YAML', () => {
    const messages = said(emptyForm('2026-12-01'));
    expect(messages.get('f-title')).toBe('Enter the name of the activity.');
    expect(messages.get('f-schedules-0-byday')).toBe('Choose the day or days it runs.');
    expect(messages.get('f-schedules-0-opens_at')).toBe('Enter the time it starts.');
    expect(messages.get('f-location-area')).toBe('Choose the area it is in.');
    expect(messages.get('f-contact')).toBe('Enter a phone number, an email address or a web page, so people can ask questions.');
    for (const message of messages.values()) expect(message).not.toMatch(/byday|opens_at|closes_at|assured_date|directory\.yaml|\[TU\]|YYYY-MM-DD|`/);
  });

  it("keeps the schema's message for a value filled in wrongly, naming the control as the form does", () => {
    const form = { ...emptyForm('2026-12-01'), postcode: 'AV4 2MB', minimumAge: '150' };
    const messages = said(form);
    expect(messages.get('f-location-postcode')).toMatch(/^"AV4 2MB" is not a UK postcode\./);
    expect(messages.get('f-eligibility-minimum_age')).toMatch(/^The youngest age must be a whole number of years/);
  });
});
