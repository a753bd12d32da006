/**
 * The Open Referral UK 3.0 objects this directory publishes: the subset of
 * the profile (v3/schema/*.json) it fills in, field names as the standard
 * spells them. Three fields come from HSDS 3.0, which the UK profile is cut
 * from, because the profile has nowhere else for those facts (see
 * `HSDS_ONLY_FIELDS` in service.ts).
 */

export interface OrukTaxonomyTerm {
  id: string;
  name: string;
  description: string;
  taxonomy?: string;
  taxonomy_id?: string;
  term?: string;
  term_uri?: string;
}

export interface OrukTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
}

export interface OrukAttribute {
  id: string;
  link_type?: string;
  taxonomy_term_id?: string;
  taxonomy_term?: OrukTaxonomyTerm;
  /** HSDS 3.0: the attribute's value, for terms that stand for a field rather than a value. */
  value?: string;
}

export interface OrukSchedule {
  id: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  bymonthday?: string;
  description?: string;
  opens_at?: string;
  closes_at?: string;
  notes?: string;
}

export interface OrukAddress {
  id: string;
  address_1: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'postal' | 'virtual';
}

export interface OrukAccessibility {
  id: string;
  description?: string;
  details?: string;
  accessibility?: string;
  attributes?: OrukAttribute[];
}

export interface OrukLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  addresses?: OrukAddress[];
  accessibility?: OrukAccessibility[];
  attributes?: OrukAttribute[];
}

export interface OrukServiceAtLocation {
  id: string;
  location: OrukLocation;
}

export interface OrukOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
}

export interface OrukCostOption {
  id: string;
  option?: string;
  amount?: number;
  amount_description?: string;
}

export interface OrukPhone {
  id: string;
  number: string;
}

export interface OrukContact {
  id: string;
  name?: string;
  /** HSDS 3.0's nesting of the profile's phone table (phone.contact_id). */
  phones?: OrukPhone[];
}

export type OrukStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export interface OrukLanguage {
  id: string;
  /** HSDS 3.0: the ISO 639 code. */
  code: string;
  /** HSDS 3.0: the language's name, in English. */
  name: string;
}

export interface OrukService {
  id: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: OrukStatus;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  /** When the record last changed, as an ISO 8601 date-time. */
  last_modified?: string;
  alert?: string;
  /** HSDS 3.0: how to start using the service. */
  application_process?: string;
  /** HSDS 3.0: who the service is for, in words. */
  eligibility_description?: string;
  /** HSDS 3.0: interpreting or translation on offer. */
  interpretation_services?: string;
  /** The profile's language record (ids only), with HSDS 3.0's code and name. */
  languages?: OrukLanguage[];
  schedules?: OrukSchedule[];
  service_at_locations?: OrukServiceAtLocation[];
  organization: OrukOrganization;
  cost_options?: OrukCostOption[];
  contacts?: OrukContact[];
  attributes?: OrukAttribute[];
}

/** The paginated envelope of every list endpoint (openapi.json `components.schemas.Page`). */
export interface OrukPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/** The `/` document: which standard and profile this API follows. */
export interface OrukApiRoot {
  version: string;
  profile: string;
  openapi_url: string;
}
