/**
 * Word lists and tag sets the HTML extractor reads: month names, the meta names that carry a
 * publication date, author, or site name, the schema.org types of an article, and words that show a
 * "byline" is really navigation. Data only; the rules that use them live in the html-*.ts modules.
 */

/** Month names and abbreviations in the languages of the news we expect, lower-cased, to 1-12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      // English
      ['january jan', 1], ['february feb', 2], ['march mar', 3], ['april apr', 4], ['may', 5], ['june jun', 6],
      ['july jul', 7], ['august aug', 8], ['september sep sept', 9], ['october oct', 10], ['november nov', 11], ['december dec', 12],
      // German, Dutch
      ['januar jänner jän januari', 1], ['februar februari', 2], ['märz mär mrz maerz maart', 3], ['mai mei', 5], ['juni', 6],
      ['juli', 7], ['augustus', 8], ['oktober okt', 10], ['dezember dez', 12],
      // French
      ['janvier janv', 1], ['février fevrier févr fevr', 2], ['mars', 3], ['avril avr', 4], ['juin', 6], ['juillet juil', 7],
      ['août aout', 8], ['septembre', 9], ['octobre', 10], ['novembre', 11], ['décembre decembre déc', 12],
      // Spanish, Italian, Portuguese
      ['enero gennaio janeiro', 1], ['febrero febbraio fevereiro', 2], ['marzo março', 3], ['abril aprile', 4], ['mayo maggio maio', 5],
      ['junio giugno junho', 6], ['julio luglio julho', 7], ['agosto', 8], ['septiembre settembre setembro', 9],
      ['octubre ottobre outubro', 10], ['noviembre novembro', 11], ['diciembre dicembre dezembro', 12],
      // Russian and Ukrainian, nominative and genitive ("16 марта 2022")
      ['январь января січень січня', 1], ['февраль февраля лютий лютого', 2], ['март марта березень березня', 3],
      ['апрель апреля квітень квітня', 4], ['май мая травень травня', 5], ['июнь июня червень червня', 6],
      ['июль июля липень липня', 7], ['август августа серпень серпня', 8], ['сентябрь сентября вересень вересня', 9],
      ['октябрь октября жовтень жовтня', 10], ['ноябрь ноября листопад листопада', 11], ['декабрь декабря грудень грудня', 12],
    ] as const
  ).flatMap(([names, month]) => names.split(' ').map((name) => [name, month] as const)),
);

/** schema.org types whose `datePublished`, `author` and `headline` describe the article itself. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'article', 'newsarticle', 'reportagenews', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle',
  'reviewnewsarticle', 'askpublicnewsarticle', 'blogposting', 'liveblogposting', 'socialmediaposting', 'report',
  'scholarlyarticle', 'techarticle', 'posting', 'discussionforumposting',
]);

/** schema.org types that name the outlet (after the article's own `publisher`). */
export const OUTLET_TYPES: ReadonlySet<string> = new Set(['newsmediaorganization', 'organization', 'website', 'corporation']);

/** Meta names and properties that carry the publication date, most specific first. */
export const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article:published', 'datepublished',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'published_time', 'publication_date', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created',
  'citation_publication_date', 'citation_date', 'originalpublicationdate', 'article.published', 'date', 'pdate',
] as const;

/** Meta names and properties that carry the date of the last update. */
export const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'article:modified', 'datemodified', 'last-modified', 'dc.date.modified', 'dcterms.modified'] as const;

/** Meta names and properties that carry the author. */
export const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'citation_author', 'byl'] as const;

/** Meta names and properties that carry the outlet name. */
export const SITE_META = ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'publisher', 'dc.publisher', 'dcterms.publisher'] as const;

/** Meta names and properties that carry the headline. */
export const TITLE_META = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'headline'] as const;

/** Meta names that carry the language (after `<html lang>` and `content-language`). */
export const LANGUAGE_META = ['language', 'dc.language', 'dcterms.language'] as const;

/** Words that, alone or together, make a "byline" a menu item or a placeholder rather than a name. */
export const NOT_A_NAME: ReadonlySet<string> = new Set([
  'home', 'menu', 'login', 'log', 'in', 'out', 'logout', 'sign', 'up', 'register', 'subscribe', 'subscription', 'search',
  'share', 'tweet', 'email', 'print', 'comment', 'comments', 'news', 'contact', 'us', 'about', 'more', 'skip', 'to',
  'content', 'main', 'navigation', 'close', 'open', 'toggle', 'follow', 'next', 'previous', 'prev', 'back', 'top',
  'read', 'view', 'all', 'posts', 'by', 'the', 'and', 'admin', 'administrator', 'unknown', 'null', 'undefined', 'none',
  'anonymous', 'guest', 'user', 'author', 'authors', 'editor', 'page', 'site', 'website', 'facebook', 'twitter', 'rss',
]);

/** Labels written before a byline; removed from the author. */
export const BYLINE_PREFIX = /^(?:(?:written|posted|reported|published|story|words|text)\s+)?(?:by|von|par|por|di|door|автор|автори)\s*:?\s+|^(?:author|autor|auteur)\s*:\s*/iu;

/** Elements whose content is never article text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'select', 'option', 'button', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'frameset', 'frame',
]);

/** Page furniture left out when falling back past Readability. */
export const CHROME_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'menu', 'dialog']);

/** ARIA roles of page furniture, left out with `CHROME_TAGS`. */
export const CHROME_ROLES: ReadonlySet<string> = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog']);

/** Elements that start and end a paragraph of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot',
  'tr', 'caption', 'address', 'hr', 'form', 'fieldset', 'legend', 'details', 'summary', 'center', 'body', 'html',
  'hgroup', 'menu', 'dialog', 'noframes',
]);

/** Elements whose cells are separated by a space, not glued, when flattened to text. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** Class, id or itemprop of an element holding a modification date, which is never read. */
export const MODIFIED_MARK = /updat|modif|edited|revis|aktualisiert/i;

/** Class, id or itemprop of a `<time>` that holds the publication date. */
export const PUBLISHED_MARK = /publish|pubdate|posted|created|date-?line/i;

/** Class or id of an element that holds a date line: hAtom `published`, WordPress `entry-date`,
 * `post-date`, `postmeta`, Drupal `submitted`, bylines. */
export const DATE_LINE_MARK = /publish|pubdate|submitted|post-?date|postdate|entry-?date|date-?posted|posted-?on|created|article-?date|date-?line|datum|(?:^|[\s_-])date(?:$|[\s_-])|byline|post-?meta|entry-?meta|post-?info|postmeta/i;

/** Class or id (a token starting with these words) of a container whose dates belong to other
 * articles or to comments. Read on elements below `<body>`, whose classes describe the layout
 * ("no-sidebar") rather than the content. */
export const OTHER_DATES_MARK = /(?:^|\s)(?:sidebar|widget|comment|related|recent|teaser|more-)/i;

/** Elements whose dates belong to other articles (a `<footer>` counts only outside the article). */
export const OTHER_DATES_TAGS: ReadonlySet<string> = new Set(['nav', 'aside']);

/** A label that says the date after it is the publication date: "Published: ", "Veröffentlicht am". */
/** Words right before a date that make it the date of a later edit ("This page was last modified on 4 November 2020"). */
export const MODIFIED_BEFORE = /(?:modified|updated|edited|revised|aktualisiert|geändert|bearbeitet|mis à jour|modifié|actualizado|aggiornato)(?:\s+(?:on|am|le|el|il|at))?\s*:?\s*$/iu;
export const PUBLISHED_LABEL = /(?:published|posted|publication date|veröffentlicht|erschienen|publiziert|erstellt|publié|publicado|pubblicato|опубликовано|опубліковано|(?:date|datum)\s*:)(?:\s+(?:on|am|le|el|il|the))?\s*:?\s*/giu;
