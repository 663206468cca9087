// The defaults, taken from SSCO's communications policy (shared/seed/kommunikationspolicy.txt).
// Everything here is editable in Settings; this is only where a new plan starts.
import type { Audience, ChannelId, ChannelSettings, LocalizedText, PrincipleId, Settings, StatusId } from '../plan/model';

export const STATUSES: ReadonlyArray<{ id: StatusId; label: LocalizedText }> = [
  { id: 'idea', label: { sv: 'Idé', en: 'Idea' } },
  { id: 'draft', label: { sv: 'Utkast', en: 'Draft' } },
  { id: 'review', label: { sv: 'Granskning', en: 'Review' } },
  { id: 'approved', label: { sv: 'Godkänd', en: 'Approved' } },
  { id: 'published', label: { sv: 'Publicerad', en: 'Published' } },
];

export const PRINCIPLES: ReadonlyArray<{ id: PrincipleId; label: LocalizedText; summary: LocalizedText }> = [
  {
    id: 'openness',
    label: { sv: 'Öppenhet', en: 'Openness' },
    summary: {
      sv: 'Lösningsinriktad, skapar mötesplatser, främjar debatt och diskussion.',
      en: 'Solution-oriented, creates meeting places, encourages debate and discussion.',
    },
  },
  {
    id: 'clarity',
    label: { sv: 'Tydlighet', en: 'Clarity' },
    summary: {
      sv: 'Anpassad efter målgruppen och inkluderande.',
      en: 'Adapted to the audience and inclusive.',
    },
  },
  {
    id: 'credibility',
    label: { sv: 'Trovärdighet', en: 'Credibility' },
    summary: {
      sv: 'Påläst, frågvis och utmanande; vi vet vad vi står för.',
      en: 'Well-informed, inquisitive and challenging; we know what we stand for.',
    },
  },
];

/**
 * Limits from each platform's own rules (DESIGN §1). X counts weighted characters. The colours
 * are the light theme's badge colours; the dark theme keeps its own lighter ones for these.
 */
export const DEFAULT_CHANNELS: ReadonlyArray<ChannelSettings> = [
  {
    id: 'website',
    enabled: true,
    label: { sv: 'Hemsida', en: 'Website' },
    purpose: {
      sv: 'Grunden för den externa kommunikationen: politik, verksamhet och vilka som verkar i organisationen. Hubben för det som delas i andra kanaler.',
      en: 'The base of all external communication: policy, activities and people. The hub that other channels link to.',
    },
    limit: 100_000,
    colour: '#0f766e',
  },
  {
    id: 'x',
    enabled: true,
    label: { sv: 'X (Twitter)', en: 'X (Twitter)' },
    purpose: {
      sv: 'Lyfta politiska ståndpunkter och kommunicera med andra politiska aktörer. Kommentera nyheter och dagsaktuella frågor.',
      en: 'Raise political standpoints and talk with other political actors. Comment on news and current issues.',
    },
    limit: 280,
    colour: '#27272a',
  },
  {
    id: 'instagram',
    enabled: true,
    label: { sv: 'Instagram', en: 'Instagram' },
    purpose: {
      sv: 'Medlemskontakt och studenter som är intresserade av verksamheten. Bilder från möten och event, aktuella frågor och händelser.',
      en: 'Member contact and students interested in our work. Photos from meetings and events, current issues and happenings.',
    },
    limit: 2_200,
    colour: '#b4237f',
  },
  {
    id: 'facebook',
    enabled: true,
    label: { sv: 'Facebook', en: 'Facebook' },
    purpose: {
      sv: 'Politiskt och medlemscentrerat innehåll. Debattartiklar och information för att skapa och sprida opinion.',
      en: 'Political and member-centred content. Debate articles and information to create and spread opinion.',
    },
    limit: 63_206,
    colour: '#1d4ed8',
  },
  {
    id: 'linkedin',
    enabled: true,
    label: { sv: 'LinkedIn', en: 'LinkedIn' },
    purpose: {
      sv: 'Rekrytering: nya uppdrag, såväl anställningar som förtroendeuppdrag.',
      en: 'Recruitment: new positions, both employment and elected positions.',
    },
    limit: 3_000,
    colour: '#0a66c2',
  },
];

export const DEFAULT_AUDIENCES: ReadonlyArray<Audience> = [
  { id: 'decision-makers', label: { sv: 'Beslutsfattare', en: 'Decision-makers' }, archived: false },
  { id: 'construction', label: { sv: 'Byggbranschen', en: 'Construction industry' }, archived: false },
  { id: 'universities', label: { sv: 'Lärosäten', en: 'Universities' }, archived: false },
  { id: 'authorities', label: { sv: 'Övriga myndigheter', en: 'Other authorities' }, archived: false },
  { id: 'students', label: { sv: 'Studenter i Stockholm', en: 'Students in Stockholm' }, archived: false },
  { id: 'student-unions', label: { sv: 'Studentkårer i Stockholm', en: 'Student unions in Stockholm' }, archived: false },
  { id: 'public', label: { sv: 'Allmänheten', en: 'The public' }, archived: false },
];

/** Instagram's hashtag limit since its December 2025 change (it was 30). */
export const DEFAULT_INSTAGRAM_HASHTAG_LIMIT = 5;

export function defaultSettings(): Settings {
  return {
    organisationName: 'SSCO',
    websiteBaseUrl: 'https://www.ssco.se',
    channels: DEFAULT_CHANNELS.map((c) => ({ ...c, label: { ...c.label }, purpose: { ...c.purpose } })),
    audiences: DEFAULT_AUDIENCES.map((a) => ({ ...a, label: { ...a.label } })),
    operatingYearStartMonth: 7,
    lastPolicyReview: null,
    language: 'sv',
    instagramHashtagLimit: DEFAULT_INSTAGRAM_HASHTAG_LIMIT,
    templates: [],
    snippets: [],
    series: [],
  };
}

/** A channel's badge colour when nothing better is known: a neutral grey. */
export const FALLBACK_CHANNEL_COLOUR = '#6b7280';

export function channelSettings(settings: Settings, id: ChannelId): ChannelSettings {
  return settings.channels.find((channel) => channel.id === id) ?? DEFAULT_CHANNELS.find((c) => c.id === id) ?? unknownChannel(id);
}

/** Imports and settings commands refuse a variant on an unknown channel; this only keeps a view from crashing. */
function unknownChannel(id: ChannelId): ChannelSettings {
  const name = { sv: id, en: id };
  return { id, enabled: false, label: name, purpose: { sv: '', en: '' }, limit: 100_000, colour: FALLBACK_CHANNEL_COLOUR };
}
