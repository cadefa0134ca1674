/** About the data: what it is, where it comes from, and the credits the licences require. */
import { safeHref } from "../../domain/links.ts";
import type { Dataset } from "../../domain/schema.ts";
import { useT } from "../i18n/index.ts";

/** The about page. */
export function AboutView(props: { dataset?: Dataset }) {
  const t = useT();
  const { dataset } = props;
  return (
    <section aria-labelledby="about-title">
      <h1 id="about-title">{t("about")}</h1>
      <p>{t("aboutIntro")}</p>
      <p>{t("aboutData")}</p>
      <p>{t("privacy")}</p>
      {dataset ? (
        <>
          <p>
            {t("counts", {
              municipalities: dataset.municipalities.length,
              services: dataset.services.length,
            })}
          </p>
          <p>{t("version", { version: dataset.version })}</p>
          <h2>{t("attribution")}</h2>
          <ul>
            {dataset.attribution.map((item) => {
              const href = item.url ? safeHref(item.url) : undefined;
              return (
                <li key={item.name}>
                  {href ? <a href={href}>{item.name}</a> : item.name} – {item.licence}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
