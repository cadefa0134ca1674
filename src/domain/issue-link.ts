/** Prefilled "new issue" links for a public repository (GitHub, Gitea/Forgejo and Codeberg read the same parameters). */

/** Longest link offered; longer ones are refused by some servers and browsers. */
export const ISSUE_LINK_MAX = 8000;

/**
 * The repository's new-issue page with title and body filled in, or undefined when there is no repository or the
 * text is too long for a link (the person then copies the text). Opening it sends nothing: the person submits it.
 */
export function newIssueUrl(repositoryUrl: string | undefined, title: string, body: string): string | undefined {
  if (!repositoryUrl?.startsWith("https://")) return undefined;
  const base = repositoryUrl.replace(/\/+$/, "").replace(/\.git$/, "");
  const url = `${base}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  return url.length <= ISSUE_LINK_MAX ? url : undefined;
}
