import type { Text } from '../i18n.ts';

/** One State Council notice (国务院办公厅关于XXXX年部分节假日安排的通知). */
export interface Notice {
  title: string;
  /** 文号, e.g. 国办发明电〔2024〕12号; null when not verified. */
  number: string | null;
  /** Date the notice was issued, YYYY-MM-DD. */
  date: string;
  urls: string[];
}

/** A holiday of one year's arrangement: its days off and the make-up working days (调休上班) it brings. */
export interface HolidayArrangement {
  name: Text;
  off: string[];
  makeup: string[];
}

export interface NoticeYear {
  year: number;
  notice: Notice;
  holidays: HolidayArrangement[];
}

/** A statutory holiday of 《全国年节及纪念日放假办法》, as a date-holidays rule plus a length. */
export interface StatutoryHoliday {
  name: Text;
  /** date-holidays rule, e.g. `01-01`, `chinese 01-0-01`, `chinese 5-01 solarterm`. */
  rule: string;
  /** Days before the rule's date that are also off (春节: 除夕 = 1). */
  daysBefore: number;
  /** Total days off. */
  days: number;
}

/** The validated content of a calendar file (`rules/calendars/*.yaml`). */
export interface CalendarData {
  id: string;
  name: Text;
  timeZone: 'Asia/Shanghai';
  statutory: { basis: string; holidays: StatutoryHoliday[] };
  /** A notice for year Y+1 may change days of year Y from this month-day on (e.g. `12-25`). */
  nextNoticeMayChangeFrom: string;
  years: NoticeYear[];
}

export type DayKind = 'workday' | 'weekend' | 'off' | 'makeup';

/** What the calendar says of one date. */
export interface DayInfo {
  date: string;
  weekday: number;
  working: boolean;
  kind: DayKind;
  /** The holiday a day off or a make-up day belongs to. */
  holiday: Text | null;
  /** True when the year's notice is not loaded (statutory days only, no make-up days). */
  provisional: boolean;
}
