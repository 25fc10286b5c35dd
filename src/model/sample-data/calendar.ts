/**
 * The shop's calendar: generation progress 0 → 1 is spread evenly over its trading minutes from
 * 12/1/2010 to 12/9/2011, written the way the real export writes dates ("12/1/2010 8:26").
 */
const OPENING_MINUTE = 8 * 60;
const TRADING_MINUTES_PER_DAY = 10 * 60;
const TRADING_DAY_LABELS = tradingDayLabels();

/** "M/D/YYYY" for each day the shop traded: no Saturdays, closed over Christmas (as in the data). */
function tradingDayLabels(): string[] {
  const labels: string[] = [];
  const day = new Date(Date.UTC(2010, 11, 1));
  const last = Date.UTC(2011, 11, 9);
  const christmasClosed = [Date.UTC(2010, 11, 24), Date.UTC(2011, 0, 3)];
  for (; day.getTime() <= last; day.setUTCDate(day.getUTCDate() + 1)) {
    const time = day.getTime();
    if (day.getUTCDay() === 6 || (time >= christmasClosed[0] && time <= christmasClosed[1])) continue;
    labels.push(`${day.getUTCMonth() + 1}/${day.getUTCDate()}/${day.getUTCFullYear()}`);
  }
  return labels;
}

/** "M/D/YYYY H:MM" of the trading minute reached at `progress` (0–1). */
export function invoiceDateAt(progress: number): string {
  const totalMinutes = TRADING_DAY_LABELS.length * TRADING_MINUTES_PER_DAY;
  const minute = Math.min(totalMinutes - 1, Math.floor(progress * totalMinutes));
  const dayLabel = TRADING_DAY_LABELS[Math.floor(minute / TRADING_MINUTES_PER_DAY)];
  const clock = OPENING_MINUTE + (minute % TRADING_MINUTES_PER_DAY);
  return `${dayLabel} ${Math.floor(clock / 60)}:${String(clock % 60).padStart(2, '0')}`;
}
