"""An independent check of an iCalendar file written by BackPain.Core.Calendar, with the python icalendar library.

Usage: python3 check_ics.py FILE DISCLAIMER_FILE. Prints each problem and exits 1 if there is any; exits 3 when the
icalendar library is missing, so the test can tell "not installed" from "invalid".
"""
import datetime
import sys

try:
    import icalendar
except ImportError:
    sys.exit(3)

path, disclaimer_path = sys.argv[1], sys.argv[2]
raw = open(path, "rb").read()
disclaimer = open(disclaimer_path, encoding="utf-8").read().strip()
problems = []

# RFC 5545 3.1: lines end with CRLF and are folded at 75 octets.
for number, line in enumerate(raw.split(b"\r\n"), 1):
    if len(line) > 75:
        problems.append(f"line {number} is {len(line)} octets long (at most 75)")
    if b"\n" in line or b"\r" in line:
        problems.append(f"line {number} has a bare line break")

calendar = icalendar.Calendar.from_ical(raw)
for required in ("VERSION", "PRODID"):
    if required not in calendar:
        problems.append(f"the calendar lacks {required}")
if str(calendar.get("VERSION")) != "2.0":
    problems.append("VERSION is not 2.0")

uids = set()
for event in calendar.walk("VEVENT"):
    uid = str(event.get("UID", ""))
    if not uid:
        problems.append("an event has no UID")
    if uid in uids:
        problems.append(f"UID {uid} appears twice")
    uids.add(uid)
    for required in ("DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "SEQUENCE", "STATUS"):
        if required not in event:
            problems.append(f"{uid} lacks {required}")
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    if isinstance(start, datetime.datetime) or isinstance(end, datetime.datetime):
        problems.append(f"{uid}: DTSTART and DTEND must be dates, not date-times")
    elif end <= start:
        problems.append(f"{uid}: DTEND {end} is not after DTSTART {start}")
    if not isinstance(event.decoded("DTSTAMP"), datetime.datetime):
        problems.append(f"{uid}: DTSTAMP must be a date-time")
    if str(event.get("STATUS")) not in ("CONFIRMED", "CANCELLED"):
        problems.append(f"{uid}: STATUS {event.get('STATUS')}")
    if not str(event.get("DESCRIPTION", "")).endswith(disclaimer):
        problems.append(f"{uid}: the description does not end with the disclaimer")
    for alarm in event.walk("VALARM"):
        for required in ("ACTION", "TRIGGER", "DESCRIPTION"):
            if required not in alarm:
                problems.append(f"{uid}: an alarm lacks {required}")

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
