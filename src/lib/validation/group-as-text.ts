/**
 * A group of fields written as one line of text (`organisation: Millbrook Walkers`,
 * `cost_option: free`, a session written "- Tuesdays 10am to 11:30am"): what to write
 * instead, with the text put in the field it most likely belongs to. Each returns the
 * whole schema message ("… must be … . Write …"), or undefined when the value is no text.
 */
import { clockRangeFromSpoken, priceFromText, sessionDaysFromText } from './written-forms.ts';

/** The text of a value written where a group belongs: a string, number or yes/no. */
function textOf(input: unknown): string | undefined {
  if (typeof input === 'string') return input.trim() || undefined;
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return undefined;
}

/** A field's line as it would be written under its group. */
const quoted = (text: string) => (/^[\w£][\w\s.,'£()&/-]*$/.test(text) && !/^\d/.test(text) ? text : JSON.stringify(text));

function under(group: string, lines: readonly string[], more = ''): string {
  const shown = lines.map((line) => `"  ${line}"`).join(', then ');
  return `${group} must be a group of fields on the lines under it, not text after "${group}:". Write ${group}: on its own line, then ${shown}${more}.`;
}

export function organisationAsText(input: unknown): string | undefined {
  const text = textOf(input);
  return text && under('organisation', [`name: ${quoted(text)}`]);
}

export function joinAsText(input: unknown, method: (text: string) => string | undefined): string | undefined {
  const text = textOf(input);
  if (!text) return undefined;
  const known = method(text);
  return known ? under('how_to_join', [`method: ${known}`]) : under('how_to_join', ['method: drop-in (or book-ahead, or referral)', `instructions: ${quoted(text)}`]);
}

export function costAsText(input: unknown): string | undefined {
  const text = textOf(input);
  if (!text) return undefined;
  if (/^(free|true|yes|no charge|nothing)$/i.test(text)) return under('cost_option', ['free: true']);
  const price = priceFromText(text);
  return under('cost_option', ['free: false', `amount: "${price ?? text.replace(/"/g, "'")}"`]);
}

export function contactAsText(input: unknown, isPhone: (text: string) => boolean): string | undefined {
  const text = textOf(input);
  if (!text) return undefined;
  const field = /^\S+@\S+\.\S+$/.test(text) ? `email: ${text}` : /^https?:\/\//i.test(text) ? `website: ${text}` : isPhone(text) ? `phone: "${text}"` : `name: ${quoted(text)}`;
  return under('contact', [field], field.startsWith('name:') ? ' and a phone, email or website' : '');
}

export function locationAsText(input: unknown): string | undefined {
  const text = textOf(input);
  return text && under('location', ['venue: …', 'address: …', 'postcode: …', 'area: …'], `, taking each from "${text}" (or online: true)`);
}

export function eligibilityAsText(input: unknown): string | undefined {
  const text = textOf(input);
  return text && under('eligibility', ['audiences: [everyone] (or the audiences it is for)', `description: ${quoted(text)}`]);
}

export function accessibilityAsText(input: unknown, features: (text: string) => string[] | undefined): string | undefined {
  const text = textOf(input);
  if (!text) return undefined;
  const known = features(text);
  return under('accessibility', [known ? `features: [${known.join(', ')}]` : `notes: ${quoted(text)}`]);
}

/**
 * A session written as a sentence: "Tuesdays 10am to 11:30am", "every other Thursday 7-9pm".
 * `day` finds one day's code, as for byday.
 */
export function sessionAsText(input: unknown, day: (word: string) => string | undefined): string | undefined {
  const text = textOf(input);
  if (!text) return undefined;
  const general = 'Each session must be a group of fields, not text. Write "- freq: weekly", then byday, opens_at and closes_at on the lines under it, lined up with freq (see the example entry).';
  const words = text.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  for (let i = words.length - 1; i >= 1; i--) {
    const said = sessionDaysFromText(words.slice(0, i).join(' '), day);
    const times = clockRangeFromSpoken(words.slice(i).join(' ').replace(/^(?:from|at)\s+/i, ''));
    if (!said || !times) continue;
    const fields = [
      `freq: ${said.freq ?? 'weekly'}`,
      `byday: [${said.days.join(', ')}]`,
      ...(said.week_of_month !== undefined ? [`week_of_month: ${said.week_of_month}`] : []),
      `opens_at: "${times[0]}"`,
      `closes_at: "${times[1]}"`,
      ...(said.freq === 'fortnightly' ? ['valid_from: the date of any one session'] : []),
    ];
    return `Each session must be a group of fields, not text. Write "- ${fields[0]}", then ${fields.slice(1).join(', ')}, each on its own line lined up with freq.`;
  }
  return general;
}
