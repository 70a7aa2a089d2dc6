/**
 * Lines that scraping leaves in article text but that are not the article: media-player notices,
 * share and subscribe prompts, "Read more" links, advertising labels. Each pattern matches a whole
 * line (after trimming); the name is the rule recorded with every removal.
 */
export const BOILERPLATE_LINES: ReadonlyArray<{ rule: string; pattern: RegExp }> = [
  { rule: 'player-notice', pattern: /^please use (?:the )?(?:chrome|a different|another|a modern) browser for a (?:more )?accessible (?:video|media) player\.?$/i },
  { rule: 'player-notice', pattern: /^(?:this (?:video|content|media) (?:can ?not|cannot|can't) be played|media playback is (?:unsupported|not supported) on your device|your browser does(?: not|n't) support (?:the )?(?:video|audio)(?: tag| element| playback)?|to (?:play|view) this video,? (?:you need to )?(?:please )?enable javascript.*|video unavailable)\.?$/i },
  { rule: 'share-prompt', pattern: /^(?:share(?: this)?(?: article| story| page| video)?(?: on (?:facebook|twitter|x|whatsapp|linkedin|email))?|click (?:here )?to share.*|copy link|link copied)\.?:?$/i },
  { rule: 'subscribe-prompt', pattern: /^(?:sign up (?:for|to) (?:our|the) .{0,60}newsletters?.*|subscribe (?:now|today|to (?:our|the) .{0,60})[.!]?|follow (?:us|[A-Z][\w ]{0,30}) on (?:twitter|x|facebook|instagram|whatsapp|telegram|google news).*|download the [\w ]{1,30} app.*|get (?:our|the) [\w ]{1,30} newsletter.*)$/i },
  { rule: 'read-more', pattern: /^(?:read more|read more here|read the full (?:story|article)|continue reading|more on this story|related (?:topics|stories|articles|content)|you may also like|most read)\.?:?$/i },
  { rule: 'read-more', pattern: /^(?:read more|also read|related|more|see also|watch|listen)\s*:\s*\S.{0,160}$/i },
  { rule: 'advertising', pattern: /^(?:advertisement|skip advertisement|sponsored(?: content)?|promoted(?: stories)?|ad feedback|story continues below(?: advertisement)?)\.?$/i },
];

/** Longest line the line patterns are tried on: a real paragraph is longer than any prompt. */
export const MAX_BOILERPLATE_LINE = 200;

/** A "kicker" that heads a block of links to other articles: "Ukraine war live: Latest developments". */
export const RELATED_KICKER = /^[A-Z][\w'’ -]{1,40}\b(?:live|latest|updates?|news)\b[\w'’ -]{0,30}:\s*\S.{0,80}$|^(?:latest|live|more)(?: updates| developments| stories| news)?:?\s*\S.{0,60}$|^[A-Z][\w'’ -]{1,30} war(?: live)?: .{5,140}$/;
