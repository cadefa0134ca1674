/**
 * The deployment settings read when the app is built (all optional except the maintainers' address in production):
 * VITE_MAINTAINER_EMAIL, VITE_REPOSITORY_URL, VITE_QUICK_EXIT_URL. See docs/deploy.md.
 */
import { MAINTAINER_EMAIL_PLACEHOLDER } from "../domain/deployment.ts";

/** What a build is for: a production build for the public, or a local preview (HJELPEKART_LOCAL_PREVIEW=1). */
export interface BuildPurpose {
  localPreview: boolean;
}

/** Problems that must stop a build, each one line naming the variable and what to do. */
export function deploymentConfigProblems(env: Record<string, string | undefined>, purpose: BuildPurpose): string[] {
  const problems: string[] = [];
  const email = env.VITE_MAINTAINER_EMAIL?.trim();
  if (!purpose.localPreview && (!email || email === MAINTAINER_EMAIL_PLACEHOLDER)) {
    problems.push(
      "VITE_MAINTAINER_EMAIL is not set: error reports and contributions would go nowhere. Set it to the maintainers' address, or build a local preview with HJELPEKART_LOCAL_PREVIEW=1.",
    );
  } else if (email && !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(email)) {
    problems.push(`VITE_MAINTAINER_EMAIL is not an e-mail address: "${email}".`);
  }
  for (const name of ["VITE_QUICK_EXIT_URL", "VITE_REPOSITORY_URL"]) {
    const value = env[name]?.trim();
    if (value && !isHttpsUrl(value)) problems.push(`${name} must be an https:// URL: "${value}".`);
  }
  return problems;
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}
