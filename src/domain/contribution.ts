/**
 * The file the "describe your municipality's offers" editor exports and `npm run data:add` reads.
 * An envelope around service records in the data/services format, so the maintainers see who sent it,
 * for which municipality and from which dataset version; a plain JSON array of records is accepted too.
 */
import type { Service } from "./schema.ts";

/** Marks a file as a Hjelpekart contribution. */
export const CONTRIBUTION_FORMAT = "hjelpekart-contribution";
/** Version of the envelope; bump when it changes incompatibly. */
export const CONTRIBUTION_VERSION = 1;

/** Who sent it, as they chose to say (all optional: a contribution may be anonymous). */
export interface Contributor {
  name?: string;
  role?: string;
  email?: string;
}

/** A contribution file. */
export interface Contribution {
  format: typeof CONTRIBUTION_FORMAT;
  formatVersion: typeof CONTRIBUTION_VERSION;
  /** The municipality the records were written for: new records go into data/services/contributed-<number>.json. */
  municipality: string;
  /** When the file was exported (ISO time). */
  createdAt: string;
  /** Version of the dataset the editor started from, so the maintainers can tell a stale base. */
  datasetVersion?: string;
  contributor?: Contributor;
  /** A free-text message to the maintainers. */
  message?: string;
  /** Service records in the data/services format (`hours` left out: the build compiles it). */
  services: Service[];
}

/** Builds a contribution envelope. */
export function makeContribution(input: Omit<Contribution, "format" | "formatVersion">): Contribution {
  return { format: CONTRIBUTION_FORMAT, formatVersion: CONTRIBUTION_VERSION, ...input };
}

/** Suggested file name for an exported contribution: `hjelpekart-3403-2025-06-01.json`. */
export function contributionFileName(municipality: string, createdAt: string): string {
  return `hjelpekart-${municipality}-${createdAt.slice(0, 10)}.json`;
}
