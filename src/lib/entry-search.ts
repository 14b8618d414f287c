/** The search data of each kind of entry page, built from the site's data so every page describes itself alike. */
import type { SearchMetaInput } from './search-meta.ts';
import { awardYear, highestHonour, type AwardFields, type CollectiveEntry, type HonourEntry, type OrganizationEntry, type PersonEntry, type SiteData, type StoryEntry } from './site-data.ts';
import { industryName } from './taxonomy.ts';
import { kindLabel } from '../kinds.ts';
import { initials } from './initials.ts';


function enterprise(data: SiteData, id: string) {
  const o = data.organization.get(id);
  return o ? { name: o.data.name, shortName: o.data.shortName, aliases: o.data.aliases, industry: industryName(data.taxonomy, o.data.industry) } : undefined;
}

function honours(data: SiteData, awards: readonly ({ honour: { id: string } } & AwardFields)[]) {
  return awards.flatMap((a) => {
    const h = data.honour.get(a.honour.id);
    return h ? [{ name: h.data.name, level: h.data.level, year: awardYear(a), aliases: h.data.aliases }] : [];
  });
}

/** The years of awards that have one (search filter and sort); 年份不详 awards are still listed among honours. */
const datedYears = (awards: readonly AwardFields[]) => awards.flatMap((a) => { const y = awardYear(a); return y === undefined ? [] : [y]; });

function top(data: SiteData, awards: readonly ({ honour: { id: string } } & AwardFields)[]) {
  const best = highestHonour(data, awards);
  return best ? { name: best.honour.data.name, year: best.year } : undefined;
}

export function personSearch(p: PersonEntry, data: SiteData): SearchMetaInput {
  const org = enterprise(data, p.data.organization.id);
  return {
    kind: 'person', kindLabel: kindLabel('people'), name: p.data.name, personal: true, aliases: p.data.aliases,
    enterprise: org, industry: org?.industry, honours: honours(data, p.data.honours), highest: top(data, p.data.honours),
    years: datedYears(p.data.honours), summary: p.data.summary, avatar: initials(p.data.name),
  };
}

export function collectiveSearch(c: CollectiveEntry, data: SiteData): SearchMetaInput {
  const org = enterprise(data, c.data.organization.id);
  const people = [c.data.leader, ...c.data.members].flatMap((r) => (r ? [data.person.get(r.id)] : [])).filter((x) => x !== undefined);
  return {
    kind: 'collective', kindLabel: kindLabel('collectives'), name: c.data.name, aliases: c.data.aliases,
    enterprise: org, industry: org?.industry, honours: honours(data, c.data.honours), highest: top(data, c.data.honours),
    years: datedYears(c.data.honours), summary: c.data.summary, avatar: initials(c.data.kind),
    related: people.map((p) => ({ name: p.data.name, personal: true })),
  };
}

export function storySearch(s: StoryEntry, data: SiteData): SearchMetaInput {
  const people = s.data.about.people.map((r) => data.person.get(r.id)).filter((x) => x !== undefined);
  const orgs = s.data.about.organizations.map((r) => data.organization.get(r.id)).filter((x) => x !== undefined);
  const firstOrg = orgs[0] ?? (people[0] ? data.organization.get(people[0].data.organization.id) : undefined);
  return {
    kind: 'story', kindLabel: kindLabel('stories'), name: s.data.title, summary: s.data.summary,
    enterprise: firstOrg ? enterprise(data, firstOrg.id) : undefined, industry: firstOrg ? industryName(data.taxonomy, firstOrg.data.industry) : undefined,
    years: s.data.eventDate ? [Number(s.data.eventDate.slice(0, 4))] : [],
    related: [...people.map((p) => ({ name: p.data.name, personal: true })), ...orgs.flatMap((o) => [o.data.shortName, ...o.data.aliases].filter((n): n is string => !!n).map((name) => ({ name })))],
    avatar: kindLabel('stories'),
  };
}

export function honourSearch(h: HonourEntry, data: SiteData): SearchMetaInput {
  const recipients = data.recipientsOf.get(h.id) ?? [];
  return {
    kind: 'honour', kindLabel: kindLabel('honours'), name: h.data.name, aliases: h.data.aliases,
    honours: [{ name: h.data.name, level: h.data.level, aliases: h.data.aliases }], years: recipients.flatMap((r) => (r.year === undefined ? [] : [r.year])),
    summary: h.data.description ?? `${h.data.level}级荣誉，由${h.data.conferrer}授予${h.data.recipient}。`, avatar: initials(h.data.name),
  };
}

export function organizationSearch(o: OrganizationEntry, data: SiteData): SearchMetaInput {
  return {
    kind: 'organization', kindLabel: kindLabel('organizations'), name: o.data.name,
    enterprise: { name: o.data.name, shortName: o.data.shortName, aliases: o.data.aliases }, industry: industryName(data.taxonomy, o.data.industry),
    summary: o.data.summary, avatar: initials(o.data.shortName ?? o.data.name),
  };
}
