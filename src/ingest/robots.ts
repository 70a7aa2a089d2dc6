/**
 * robots.txt, read once per site (scheme, host and port) with robots-parser, following RFC 9309:
 * a 4xx answer means no rules (everything allowed); a 5xx answer or an unreachable server means
 * the whole site is disallowed until the next run.
 */
import robotsModule from 'robots-parser';

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getMatchingLineNumber(url: string, ua?: string): number;
  getCrawlDelay(ua?: string): number | undefined;
}
// The package is CommonJS (module.exports is the function); its types describe an ES default export.
const robotsParser = robotsModule as unknown as (url: string, text: string) => Robot;

/** What a GET of robots.txt gave: its status and text, or null when the server could not be reached. */
export type RobotsGet = (url: string) => Promise<{ status: number; text: string } | null>;

export interface RobotsVerdict {
  allowed: boolean;
  /** Why not, for the failure's message. */
  reason?: string;
  /** The site's Crawl-delay in seconds, if it gives one for us. */
  crawlDelay?: number;
}

type Rules = Robot | 'allow-all' | { disallowAll: string };

export class RobotsCache {
  private readonly sites = new Map<string, Rules>();

  constructor(
    private readonly get: RobotsGet,
    /** The product token matched against User-agent lines. */
    private readonly agent: string,
  ) {}

  async check(url: string): Promise<RobotsVerdict> {
    const u = new URL(url);
    const rules = await this.rules(u.origin);
    if (rules === 'allow-all') return { allowed: true };
    if ('disallowAll' in rules) return { allowed: false, reason: rules.disallowAll };
    const delay = rules.getCrawlDelay(this.agent);
    const allowed = rules.isAllowed(url, this.agent) !== false;
    return { allowed, ...(allowed ? {} : { reason: `${u.origin}/robots.txt disallows ${u.pathname} (line ${rules.getMatchingLineNumber(url, this.agent)})` }), ...(delay !== undefined ? { crawlDelay: delay } : {}) };
  }

  private async rules(origin: string): Promise<Rules> {
    const known = this.sites.get(origin);
    if (known) return known;
    const robotsUrl = `${origin}/robots.txt`;
    const got = await this.get(robotsUrl);
    let rules: Rules;
    if (!got) rules = { disallowAll: `${robotsUrl} could not be read, so the site is treated as disallowed (RFC 9309)` };
    else if (got.status >= 500) rules = { disallowAll: `${robotsUrl} answered HTTP ${got.status}, so the site is treated as disallowed (RFC 9309)` };
    else if (got.status >= 400) rules = 'allow-all';
    else rules = robotsParser(robotsUrl, got.text);
    this.sites.set(origin, rules);
    return rules;
  }
}
