/** The page shown for a municipality number (or other id) that the data does not know. */
import type { ComponentChildren, Ref } from "preact";

/** A focusable "not found" heading, with a way back as children; each view passes its own text and link. */
export function NotFound(props: { title: string; headingRef: Ref<HTMLHeadingElement>; children?: ComponentChildren }) {
  return (
    <section>
      <h1 tabIndex={-1} ref={props.headingRef}>
        {props.title}
      </h1>
      {props.children}
    </section>
  );
}
