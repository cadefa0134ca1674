// The WHATWG URL classes exist in every runtime the domain code runs in (browser, worker, Node), unlike the rest
// of the DOM. tsconfig.domain.json declares just the parts the domain uses, so any other DOM or Node API fails there.

/** A parsed URL. */
interface URL {
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
}
/** Parses a URL; throws on an invalid one. */
declare var URL: { prototype: URL; new (url: string, base?: string): URL };

/** The query part of a URL as key-value pairs. */
interface URLSearchParams {
  get(name: string): string | null;
  set(name: string, value: string): void;
  toString(): string;
}
/** Parses a query string. */
declare var URLSearchParams: { prototype: URLSearchParams; new (init?: string): URLSearchParams };
