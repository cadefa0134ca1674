/** The crisis numbers, on every view, before any data has loaded. */
import { CRISIS_NUMBERS } from "../../domain/crisis.ts";
import { formatPhone, telHref } from "../../domain/phone.ts";
import { type MessageKey, useT } from "../i18n/index.ts";

const LABELS: Record<(typeof CRISIS_NUMBERS)[number]["number"], MessageKey> = {
  "113": "crisis113",
  "116117": "crisis116117",
  "116123": "crisis116123",
  "116111": "crisis116111",
};

/** Tap-to-call crisis numbers. */
export function CrisisBar() {
  const t = useT();
  return (
    <nav class="crisis" aria-labelledby="crisis-title">
      <h2 id="crisis-title" class="crisis__title">
        {t("crisisTitle")}
      </h2>
      <ul class="crisis__list">
        {CRISIS_NUMBERS.map(({ number }) => (
          <li key={number}>
            <a class="crisis__link" href={telHref(number)}>
              <span class="crisis__number">{formatPhone(number)}</span>
              <span class="crisis__label">{t(LABELS[number])}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
