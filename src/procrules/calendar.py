"""UK working days (s.123) and the Act's ways of counting days.

A working day is not a Saturday or Sunday and not a bank holiday in any part of the UK: the
union of the England and Wales, Scotland and Northern Ireland calendars in
`rules/parameters/bank_holidays.yaml`. Outside the years that file covers, counts are unknown.
"""

from __future__ import annotations

from datetime import date, timedelta


class WorkingDays:
    """Working-day arithmetic over a known span of bank holidays."""

    def __init__(self, holidays: set[date], covers_from: date, covers_until: date) -> None:
        self.holidays = frozenset(holidays)
        self.covers_from = covers_from
        self.covers_until = covers_until

    def is_working_day(self, day: date) -> bool | None:
        """True or False; None when the day is outside the calendar's span."""
        if not self.covers_from <= day <= self.covers_until:
            return None
        return day.weekday() < 5 and day not in self.holidays

    def end_of_period(self, start: date, working_days: int) -> date | None:
        """Last day of a period of N working days *beginning with* `start` (s.51(2)).

        `start` counts as day 1 if it is a working day. None when the count runs off the calendar.
        """
        day, counted = start, 0
        while True:
            working = self.is_working_day(day)
            if working is None:
                return None
            if working:
                counted += 1
                if counted == working_days:
                    return day
            day += timedelta(days=1)


def end_of_days_beginning_with(start: date, days: int) -> date:
    """Last day of a period of N calendar days beginning with `start` (day 1): start + N − 1."""
    return start + timedelta(days=days - 1)
