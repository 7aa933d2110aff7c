#!/usr/bin/env python3
"""Writes the request bodies of the load test into a folder, asking the running web sample for the plans it needs
(so every plan sent back is exactly what the API returns), and checks each body's answer once: its status must be the
expected one. Usage: make_bodies.py BASE_URL EXAMPLES_DIR OUT_DIR"""
import datetime
import json
import pathlib
import sys
import urllib.error
import urllib.request

base, examples, out = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
out.mkdir(parents=True, exist_ok=True)
MAX_BODY = 1024 * 1024  # ApiLimits.MaxRequestBodyBytes


def post(path, body):
    data = json.dumps(body, separators=(",", ":")).encode() if not isinstance(body, bytes) else body
    request = urllib.request.Request(base + path, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def example(name):
    return json.loads((examples / name).read_text())


report = example("pulled-muscle.json")
history = example("history.json")
start = "2026-11-30"


def plan_of(body):
    status, answer = post("/api/plans", body)
    if status != 200:
        sys.exit(f"make_bodies: POST /api/plans answered {status}: {answer[:300]!r}")
    return json.loads(answer)


# The longest history that fits the body limit beside a report: one workout a day, going back from the start.
long_history = {"workouts": []}
day = 0
workout = history["workouts"][2]
while True:
    date = (datetime.date(2026, 11, 29) - datetime.timedelta(days=day)).isoformat()
    long_history["workouts"].append({"date": date, "exercises": workout["exercises"], "rpe": workout["rpe"]})
    day += 1
    if day % 500 == 0 and len(json.dumps({"report": report, "history": long_history, "start": start, "lengthDays": 365})) > MAX_BODY * 0.95:
        break
long_history["workouts"].reverse()

# The largest check-in request the limits allow: a 365-day plan (the slipped disc, many blocks) holding check-ins
# until its JSON nears the body limit.
plan = plan_of({"report": example("slipped-disc.json"), "history": history, "start": start, "lengthDays": 365})
checkin_day = 1
while True:
    date = (datetime.date(2026, 11, 30) + datetime.timedelta(days=checkin_day // 3)).isoformat()
    checkin = {"date": date, "pain": 3, "trend": "same"}
    status, answer = post("/api/plans/check-ins", {"plan": plan, "checkIn": checkin})
    if status != 200:
        sys.exit(f"make_bodies: a check-in answered {status}: {answer[:300]!r}")
    candidate = json.loads(answer)
    if len(json.dumps({"plan": candidate, "checkIn": checkin}, separators=(",", ":"))) > MAX_BODY * 0.97:
        break
    plan, last_date = candidate, date
    checkin_day += 1
held = len(plan.get("checkInReports", []))

small_plan = plan_of({"report": report, "history": history, "start": start})
bodies = {
    # name: (path, body, expected status). The largest documents are sent once a round, every other body ten times.
    "assess-pulled-muscle": ("/api/assessments", report, 200),
    "assess-red-flag": ("/api/assessments", example("red-flag.json"), 200),
    "assess-slipped-disc": ("/api/assessments", example("slipped-disc.json"), 200),
    "assess-invalid": ("/api/assessments", dict(report, severity=11, exercises=["squat", "moonwalk"], redflags=[]), 400),
    "plan-28-days": ("/api/plans", {"report": report, "history": history, "start": start}, 200),
    "plan-largest": ("/api/plans", {"report": report, "history": long_history, "start": start, "lengthDays": 365}, 200),
    "plan-invalid": ("/api/plans", {"report": report, "lengthDays": 400}, 400),
    "check-in": ("/api/plans/check-ins", {"plan": small_plan, "checkIn": example("check-in.json")}, 200),
    "check-in-largest": ("/api/plans/check-ins", {"plan": plan, "checkIn": {"date": last_date, "pain": 0, "trend": "better"}}, 200),
    "check-in-invalid": ("/api/plans/check-ins", {"plan": small_plan, "checkIn": {"date": "2026-12-08", "pain": 0, "trend": "worse"}}, 400),
}

manifest = []
for name, (path, body, expected) in bodies.items():
    data = json.dumps(body, separators=(",", ":")).encode()
    if len(data) > MAX_BODY:
        sys.exit(f"make_bodies: {name} is {len(data)} bytes, over the limit")
    status, answer = post(path, data)
    if status != expected:
        sys.exit(f"make_bodies: {name} answered {status}, not {expected}: {answer[:300]!r}")
    (out / f"{name}.json").write_bytes(data)
    weight = 1 if name.endswith("-largest") else 10
    manifest.append(f"{path} {name}.json {expected} {weight}")
    print(f"  {name:22} {path:22} {len(data):>9,} bytes -> {status}")
(out / "manifest.txt").write_text("\n".join(manifest) + "\n")
print(f"  the largest check-in's plan holds {held} check-ins; the largest plan's history {len(long_history['workouts'])} workouts")
