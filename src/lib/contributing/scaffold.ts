/**
 * The starting file `npm run new` writes: every field present, each with a
 * comment saying what to write. Required fields are left empty so the
 * validator points at each one until it is filled in; optional ones are
 * commented out, ready to uncomment.
 */
import { stringify } from 'yaml';

/** The first of `slug.md`, `slug-2.md`, … not already taken. */
export function uniqueFileName(slug: string, taken: (name: string) => boolean): string {
  const base = slug || 'new-activity';
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.md` : `${base}-${n}.md`;
    if (!taken(name)) return name;
  }
}

export function scaffoldEntry(title: string, today: string, areaIds: readonly string[]): string {
  // stringify quotes the title only when YAML needs it.
  const titleLine = stringify({ title }).trim();
  return `---
# New activity entry. Fill in each field, then check it with:  npm run validate -- <this file>
# Lines starting with # are notes and are ignored. Remove the # to use an optional field.
${titleLine}
summary: ""                     # REQUIRED. One plain sentence saying what happens (up to 160 characters).
categories: []                  # REQUIRED. 1 to 3 of: walking, running, music, physical-activity, arts, nature, food,
                                #   social, peer-support, mental-wellbeing, long-term-conditions, carers, learning, volunteering
organisation:
  name: ""                      # REQUIRED. Who runs it.
  # website: https://           # Its website, starting with https://
how_to_join:
  method: drop-in               # REQUIRED. drop-in (just turn up), book-ahead, or referral (a professional must refer)
  # instructions: ""            # What to do the first time, in a sentence or two.
contact:                        # REQUIRED: at least one of phone, email, website.
  # name: ""                    # A first name or role to ask for.
  # phone: "020 7946 0000"      # A UK phone number, in quotes.
  # email: hello@example.org
  # website: https://
schedules:                      # REQUIRED, or delete it and write  by_arrangement: true
  - freq: weekly                # weekly, fortnightly or monthly
    byday: []                   # Days as MO TU WE TH FR SA SU, for example [TU] or [MO, TH]
    opens_at: ""                # Start, in quotes, 24-hour clock: "10:00"
    closes_at: ""               # Finish, in quotes: "11:30"
    # week_of_month: 1          # Monthly only: 1, 2, 3, 4, or -1 for the last week
    # valid_from: ${today}      # Fortnightly: the date of any one session. Courses: the first session.
    # valid_to: ${today}        # Courses or seasons: the last session.
    # description: ""           # A note, such as "Not on bank holidays".
# by_arrangement: true          # Instead of schedules, when times are agreed with each person.
# schedule_notes: ""            # Anything else about timing, such as "Not in August".
location:
  venue: ""                     # REQUIRED. The building or meeting point.
  address: ""                   # REQUIRED. Street and town, without the postcode.
  postcode: ""                  # REQUIRED. For example "AV4 2NB".
  area: ""                      # REQUIRED. One of: ${areaIds.join(', ')}
  # latitude: 53.7421           # Optional, for "near me": decimal degrees.
  # longitude: -1.6012
  # directions: ""              # How to find the room once there.
  # online: true                # For online or phone activities: use this instead of venue, address, postcode.
cost_option:
  free: true                    # REQUIRED. true, or false with an amount below.
  # amount: "£3 a session"
  # concessions: ""             # Reduced prices, such as "£1.50 for carers".
eligibility:                    # Who it is for.
  audiences: [everyone]         # Any of: everyone, older-people, young-people, families, men, women, carers,
                                #   people-with-a-condition, people-with-dementia, lgbtq, new-to-the-area
  # minimum_age: 18
  # maximum_age: 99
  # conditions: []              # Health conditions it supports, such as ["type 2 diabetes"].
  # description: ""            # Anything else about who can come.
accessibility:
  features: []                  # Any of: step-free, accessible-toilet, hearing-loop, parking, public-transport,
                                #   dementia-friendly, seating-available, large-print
  # notes: ""                   # Anything else, such as "Two steps at the side door; staff can help".
# languages: [en]              # Languages it is run in, as codes: en English, pl Polish, ur Urdu, bfi British Sign Language.
# interpretation_services: ""   # Interpreting on offer, such as "A BSL interpreter can come if you ask a week ahead".
# format: group                 # group, one-to-one or either
# delivery: [in-person]         # Any of: in-person, online, phone
# activity_level: gentle        # gentle, moderate or energetic
# no_experience_needed: true    # true when beginners are welcome
# first_visit:
  # met_on_arrival: true        # Someone will meet a newcomer.
  # bring_someone: true         # A newcomer can bring a friend or carer.
  # free_taster: true           # The first session is a free taster.
  # what_to_bring: ""           # What to bring or wear, such as "Comfortable shoes".
# getting_there:
  # buses: ""                   # Nearest bus stops or routes.
  # parking: ""                 # Where to park, and any blue badge spaces.
  # step_free_route: ""         # The step-free way in.
# safeguarding: yes             # Leaders have safeguarding training or DBS checks: yes, no or not-stated.
assured_date: ${today}          # REQUIRED. The date these details were last checked (YYYY-MM-DD).
# maintainers: []              # GitHub usernames of people who keep this entry current, such as [octocat].
status: running                 # running, paused or ended
# status_note: ""               # Why it is paused or ended, or when it restarts.
# paused_until: ${today}        # While paused: the day sessions start again.
---
Describe the activity here in a few friendly paragraphs: what happens, what a first visit is
like, and anything people worry about before coming along.
`;
}
