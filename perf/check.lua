-- wrk script: POST one realistic eligibility check (a 20-year-old Lancashire care leaver in
-- Lancaster, at college, moving into their own home; some answers left open).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"asOf": "2026-11-23", "responsibleCouncil": "LAN", "councilOfResidence": "LAC",
 "facts": {"dateOfBirth": "2006-05-14", "inCareNow": false, "inCareAt18": true,
  "inCareAfter16": true, "weeksInCareSince14": 150, "carePlacement": "foster_carers",
  "mainActivity": "school_or_college_full_time", "movingIntoOwnHome": true,
  "ownHomeMoveDate": "2026-12-01", "homelessOrAtRisk": false},
 "notSure": ["inCare12MonthsInARow"]}]]
