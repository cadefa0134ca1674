/** Deep links of the report form and the editor: #/meld-feil?kommune=NNNN&tilbud=<id>, #/rediger/NNNN. */

/** A parsed report or editor route. */
export type ContributeRoute =
  | { name: "report"; number?: string; serviceId?: string }
  | { name: "editor"; number: string };

/** Parses a location hash; undefined when it is neither route. */
export function parseContributeRoute(hash: string): ContributeRoute | undefined {
  const [path = "", search = ""] = hash.replace(/^#/, "").split("?");
  if (path === "/meld-feil") {
    const params = new URLSearchParams(search);
    const kommune = params.get("kommune") ?? "";
    const tilbud = params.get("tilbud") ?? "";
    return {
      name: "report",
      number: /^\d{4}$/.test(kommune) ? kommune : undefined,
      serviceId: /^[a-z0-9][a-z0-9-]*$/.test(tilbud) ? tilbud : undefined,
    };
  }
  const editor = /^\/rediger\/(\d{4})$/.exec(path);
  return editor?.[1] ? { name: "editor", number: editor[1] } : undefined;
}

/** Href of the report form, for a municipality page or one offer on it. */
export function reportHref(number?: string, serviceId?: string): string {
  const params = new URLSearchParams();
  if (number) params.set("kommune", number);
  if (serviceId) params.set("tilbud", serviceId);
  const search = params.toString();
  return `#/meld-feil${search ? `?${search}` : ""}`;
}

/** Href of the editor for one municipality. */
export function editorHref(number: string): string {
  return `#/rediger/${number}`;
}
