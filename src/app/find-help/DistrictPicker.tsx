/** Choosing a city district (Oslo's bydeler): a labelled select, and what is known about RPH in each district. */
import { isDistrictLimited, namesDistrict } from "../../domain/districts.ts";
import type { District, Service } from "../../domain/schema.ts";
import { useT } from "../i18n/index.ts";

/** The district select; `services` are the municipality's current ones, used to say where RPH is known. */
export function DistrictPicker(props: {
  municipalityName: string;
  districts: readonly District[];
  chosen?: District;
  services: readonly Service[];
  onChoose: (code: string | undefined) => void;
}) {
  const t = useT();
  const { chosen } = props;
  const rph = props.services.filter((s) => s.type === "rph" && s.status === "active" && isDistrictLimited(s));
  const known = props.districts.filter((d) => rph.some((s) => namesDistrict(s, d)));
  return (
    <div class="district-picker">
      <label for="district-select">{t("districtLabel")}</label>
      <p id="district-hint" class="filters__hint">
        {t("districtHint")}
      </p>
      <select
        id="district-select"
        aria-describedby="district-hint"
        value={chosen?.code ?? ""}
        onChange={(event) => props.onChoose((event.currentTarget as HTMLSelectElement).value || undefined)}
      >
        <option value="">{t("districtAll", { municipality: props.municipalityName })}</option>
        {props.districts.map((d) => (
          <option key={d.code} value={d.code}>
            {d.name}
          </option>
        ))}
      </select>
      {chosen ? <p role="status">{t("districtShowing", { district: chosen.name })}</p> : null}
      {/* Said per district even beside city-wide offers: a district's own RPH is what residents are sent to. */}
      {chosen ? (
        known.includes(chosen) ? null : (
          <p class="district-picker__unknown">{t("districtRphUnknown", { district: chosen.name })}</p>
        )
      ) : known.length > 0 ? (
        <p>{t("districtRphKnown", { districts: known.map((d) => d.name).join(", ") })}</p>
      ) : null}
    </div>
  );
}
