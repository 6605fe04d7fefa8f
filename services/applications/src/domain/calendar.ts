/** The Swedish calendar lives in @omsorg/rules (rules/src/swedish-calendar.ts), shared with outreach's slots. */
export { addDaysTo, easterSunday, isHoliday, isNonWorkingDay, nextWorkingDay, swedishHolidays } from '@omsorg/rules/swedish-calendar';
