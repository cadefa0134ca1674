/** The current time, refreshed every minute so "open now" does not go stale on an open page. */
import { useEffect, useState } from "preact/hooks";

/** Now, updated once a minute. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
