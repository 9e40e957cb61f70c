#!/usr/bin/env python3
"""Check the advisor cases of this folder against the questionnaires and the action catalogue.

For each NAME.phare: the file's shape, and every answer against the questionnaire it belongs to
(question exists, option or row exists, "don't know" and "not applicable" only where the question
allows them, an exclusive option alone, no answer to a question its showIf hides).
For each NAME.expect.yaml: known ids, known `in:` values, at least 3 "must" and 2 "must not",
at most 5 "now", and a `why` that cites DOMAIN.md:LINE (a line that exists) or an official source.

Usage: python3 check_cases.py [--domain PATH/TO/DOMAIN.md] [--refs] [CASE...]
       python3 check_cases.py --phare FILE.phare      (any assessment file)
--refs prints every DOMAIN.md line the cases cite, to re-read them after DOMAIN.md changes.
Needs Python 3 and PyYAML. Exits 1 if anything is wrong. Reads only; changes nothing.
"""

import argparse
import datetime
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
QDIR = os.path.join(REPO, "questionnaires")
THEMES = ["cybersecurity", "e-commerce", "ai-readiness", "people-change"]
SECTORS = ["retail", "food", "craft", "tourism", "health", "industry", "services", "other"]

# The firm profile as fixed by the advice contract (issue 11). questionnaires/profile.yaml, once
# it exists, is read instead. "Don't know" is not assumed allowed here: a fact the firm does not
# know is simply left unanswered in the cases.
PROFILE_FALLBACK = {
    "customers": ("scale", ["consumers", "businesses", "both"]),
    "sells": ("checklist", ["goods-shipped", "goods-on-site", "services", "accommodation", "food-service"]),
    "website": ("scale", ["yes", "no"]),
    "online-payments": ("scale", ["yes", "no"]),
    "platform-share": ("scale", ["none", "under-half", "over-half"]),
    "staff-computers": ("scale", ["no", "yes"]),
    "customer-wifi": ("scale", ["yes", "no"]),
    "health-data": ("scale", ["yes", "no"]),
    "recent-incident": ("checklist", ["fake-bank-details", "account-hacked", "ransomware", "data-leak", "none"]),
}
PROFILE_EXCLUSIVE = {"recent-incident": {"none"}}

# The action catalogue of the advice contract; questionnaires/actions/*.yaml, once they exist,
# must hold exactly these ids.
CATALOGUE = """
cyber-mfa-mail-bank cyber-payment-callback cyber-offline-backup cyber-restore-test
cyber-automatic-backup cyber-cloud-backup-check cyber-auto-updates cyber-password-manager
cyber-named-accounts cyber-leavers-offboarding cyber-card-numbers cyber-who-to-call
cyber-continuity-plan cyber-phishing-awareness cyber-router-wifi cyber-network-separation
cyber-antimalware cyber-mobile-devices cyber-personal-professional cyber-security-owner
cyber-inventory cyber-provider-contracts cyber-customer-data-gdpr cyber-alerts
cyber-breach-response cyber-insurance-check cyber-incident-cleanup
ecom-business-profile ecom-own-domain ecom-website-basics ecom-legal-notice ecom-privacy-policy
ecom-cookies-consent ecom-shop-legal ecom-accessibility ecom-e-invoicing ecom-reviews-replies
ecom-online-contact ecom-social-media ecom-click-and-collect ecom-direct-booking
ecom-platform-fees ecom-web-shop ecom-secure-payment ecom-order-notifications
ecom-delivery-returns ecom-customer-file ecom-loyalty ecom-satisfaction ecom-international
ecom-e-government ecom-shop-operations
ai-identify-need ai-forbidden-data ai-charter ai-pro-accounts ai-literacy-training
ai-chatbot-notice ai-content-label ai-human-review ai-people-decisions ai-gdpr-register
ai-software-features ai-first-pilot ai-measure-benefits ai-data-digital ai-invoice-capture
ai-champion ai-staff-involved ai-training-opco ai-work-change ai-errors-log ai-energy ai-equipment
people-involve-before-change people-digital-champion people-acceptance-review people-skills-map
people-training-plan-opco people-onboarding people-owner-training people-recruiting
people-employer-image people-outside-skills people-retention people-right-to-disconnect
people-scheduling people-flexible-work people-double-entry people-workload-talk
people-digital-roadmap people-digital-budget people-public-aid people-staff-equipment
people-staff-ideas
""".split()

IN_ACTION = {"now", "now-or-next", "plan", "absent"}
IN_OTHER = {"plan", "absent"}
MUST = {"now", "now-or-next", "plan"}
NOW_CAP = 5

# A `why` must rest on DOMAIN.md or on one of these official texts.
OFFICIAL = re.compile(
    r"ANSSI|Cyber Essentials|CNIL|RGPD|GDPR|AI Act|règlement \(UE\) 2024/1689|"
    r"Code de la consommation|Code des assurances|Code du travail|Code de la santé publique|"
    r"Code général des impôts|CGI|PCI DSS|loi n°|LCEN|Directive \(UE\)|cybermalveillance",
    re.IGNORECASE)
DOMAIN_REF = re.compile(r"DOMAIN\.md:(\d+)")


class Report:
    def __init__(self):
        self.errors = 0
        self.warnings = 0

    def error(self, where, msg):
        self.errors += 1
        print(f"{where}: error: {msg}")

    def warn(self, where, msg):
        self.warnings += 1
        print(f"{where}: warning: {msg}")


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def load_questionnaires():
    themes = {}
    for t in THEMES:
        d = load_yaml(os.path.join(QDIR, t + ".yaml"))
        qs = {}
        for dim in d["dimensions"]:
            for q in dim["questions"]:
                qs[q["id"]] = q
        themes[t] = {"version": d["version"], "questions": qs}
    return themes


def load_profile():
    path = os.path.join(QDIR, "profile.yaml")
    if not os.path.exists(path):
        qs = {}
        for qid, (qtype, opts) in PROFILE_FALLBACK.items():
            qs[qid] = {"id": qid, "type": qtype,
                       "options": [{"id": o, "exclusive": o in PROFILE_EXCLUSIVE.get(qid, set())}
                                   for o in opts]}
        return {"version": 1, "questions": qs}, False
    d = load_yaml(path)
    qs = {}
    for q in d.get("questions") or [q for dim in d.get("dimensions", []) for q in dim["questions"]]:
        qs[q["id"]] = q
    return {"version": d.get("version", 1), "questions": qs}, True


def option_ids(q):
    if q["type"] == "yes-no":
        return ["no", "partially", "yes"]
    return [o["id"] for o in q.get("options", [])]


def size_of(employees):
    return "micro" if employees < 10 else "small" if employees < 50 else "medium" if employees < 250 else "large"


def eval_condition(cond, answers, ctx):
    """showIf: question/in, question/row/in, profile/in|notIn, sector, size, any, all, not."""
    if "any" in cond:
        return any(eval_condition(c, answers, ctx) for c in cond["any"])
    if "all" in cond:
        return all(eval_condition(c, answers, ctx) for c in cond["all"])
    if "not" in cond:
        return not eval_condition(cond["not"], answers, ctx)
    if "sector" in cond:
        return ctx.get("sector") in cond["sector"]
    if "size" in cond:
        return ctx.get("size") in cond["size"]
    if "profile" in cond:
        a = ctx.get("profile", {}).get(cond["profile"])
        got = a.get("ticked", [a.get("choice")]) if isinstance(a, dict) else []
        got = [g for g in got if g is not None]
        if not got:
            return False  # unknown profile fact: both in and notIn are false
        if "in" in cond:
            return any(g in cond["in"] for g in got)
        return not any(g in cond.get("notIn", []) for g in got)
    a = answers.get(cond.get("question"))
    if a is None:
        return False
    values = cond.get("in")
    if "row" in cond:
        got = [a.get("rows", {}).get(cond["row"])]
    elif "ticked" in a:
        got = a["ticked"]
    elif "choice" in a:
        got = [a["choice"]]
    else:
        return False
    return values is not None and any(v in values for v in got)


def check_answer(rep, where, q, a):
    if not isinstance(a, dict) or len(a) != 1:
        rep.error(where, "an answer is one of choice, ticked, rows, dontKnow, notApplicable")
        return
    kind, value = next(iter(a.items()))
    if kind == "dontKnow":
        if value is not True or not q.get("allowDontKnow"):
            rep.error(where, "\"don't know\" is not allowed for this question")
        return
    if kind == "notApplicable":
        if value is not True or not q.get("allowNotApplicable"):
            rep.error(where, "\"not applicable\" is not allowed for this question")
        return
    opts = option_ids(q)
    t = q["type"]
    if t in ("scale", "yes-no"):
        if kind != "choice":
            rep.error(where, f"a {t} question takes {{\"choice\": …}}")
        elif value not in opts:
            rep.error(where, f"unknown option {value!r} (options: {', '.join(opts)})")
    elif t == "checklist":
        if kind != "ticked" or not isinstance(value, list) or not value:
            rep.error(where, "a checklist takes a non-empty {\"ticked\": [...]}")
            return
        for v in value:
            if v not in opts:
                rep.error(where, f"unknown option {v!r} (options: {', '.join(opts)})")
        if len(set(value)) != len(value):
            rep.error(where, "an option is ticked twice")
        exclusive = {o["id"] for o in q.get("options", []) if o.get("exclusive")}
        if len(value) > 1 and exclusive & set(value):
            rep.error(where, f"exclusive option {sorted(exclusive & set(value))} ticked with others")
    elif t == "grid":
        if kind != "rows" or not isinstance(value, dict):
            rep.error(where, "a grid takes {\"rows\": {...}}")
            return
        rows = [r["id"] for r in q["rows"]]
        for r, v in value.items():
            if r not in rows:
                rep.error(where, f"unknown row {r!r}")
            elif v not in opts:
                rep.error(where, f"row {r}: unknown option {v!r}")
        missing = [r for r in rows if r not in value]
        if missing:
            rep.warn(where, f"rows left unanswered: {', '.join(missing)}")
    else:
        rep.error(where, f"unknown question type {t!r}")


def check_phare(rep, path, themes, profile):
    where = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        rep.error(where, f"not readable JSON: {e}")
        return None
    if doc.get("format") != "phare-assessment" or doc.get("formatVersion") != 1:
        rep.error(where, "format must be \"phare-assessment\" and formatVersion 1")
    c = doc.get("company") or {}
    if not isinstance(c.get("name"), str) or not c["name"]:
        rep.error(where, "company.name missing")
    if c.get("sector") not in SECTORS:
        rep.error(where, f"company.sector must be one of {SECTORS}")
    if not isinstance(c.get("employees"), int) or c["employees"] < 0:
        rep.error(where, "company.employees must be a whole number from 0")
    if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                        str(doc.get("id", ""))):
        rep.error(where, "id must be a lower-case UUID (version 4)")
    try:
        datetime.date.fromisoformat(str(doc.get("assessmentDate")))
    except ValueError:
        rep.error(where, "assessmentDate must be YYYY-MM-DD")
    if doc.get("language") not in ("fr", "en"):
        rep.error(where, "language must be fr or en")
    qn = doc.get("questionnaires")
    if not isinstance(qn, dict) or not qn:
        rep.error(where, "questionnaires missing")
        return doc
    ctx = {"sector": c.get("sector"),
           "size": size_of(c["employees"]) if isinstance(c.get("employees"), int) else None,
           "profile": (qn.get("profile") or {}).get("answers") or {}}
    for theme, block in qn.items():
        if theme == "profile":
            spec = profile
        elif theme in themes:
            spec = themes[theme]
        else:
            rep.error(where, f"unknown questionnaire {theme!r}")
            continue
        if block.get("version") != spec["version"]:
            rep.error(f"{where}:{theme}", f"version {block.get('version')} != {spec['version']}")
        answers = block.get("answers") or {}
        for qid, a in answers.items():
            q = spec["questions"].get(qid)
            if q is None:
                rep.error(f"{where}:{theme}", f"unknown question {qid!r}")
                continue
            check_answer(rep, f"{where}:{theme}:{qid}", q, a)
            if "showIf" in q and not eval_condition(q["showIf"], answers, ctx):
                rep.error(f"{where}:{theme}:{qid}", "answered although its showIf hides it")
        for qid, q in spec["questions"].items():
            if qid not in answers and theme != "profile":
                if "showIf" not in q or eval_condition(q["showIf"], answers, ctx):
                    rep.warn(f"{where}:{theme}", f"question {qid} is shown but not answered")
        for qid in (block.get("notes") or {}):
            if qid not in spec["questions"]:
                rep.error(f"{where}:{theme}", f"note on unknown question {qid!r}")
    # A few facts the profile and the themes both state must agree.
    prof = (qn.get("profile") or {}).get("answers") or {}
    ecom = (qn.get("e-commerce") or {}).get("answers") or {}
    site = prof.get("website", {}).get("choice")
    presence = ecom.get("online-presence", {}).get("ticked")
    if site and presence is not None and (site == "yes") != ("website" in presence):
        rep.error(where, "profile website and e-commerce online-presence disagree")
    return doc


def check_expect(rep, path, catalogue, use_cases, chapters, domain_lines, refs=None):
    where = os.path.basename(path)
    try:
        doc = load_yaml(path)
    except (OSError, yaml.YAMLError) as e:
        rep.error(where, f"not readable YAML: {e}")
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("firm"), str) or not doc["firm"]:
        rep.error(where, "firm: a one-line description is required")
    items = doc.get("expect") if isinstance(doc, dict) else None
    if not isinstance(items, list) or not items:
        rep.error(where, "expect: a list is required")
        return None
    seen = set()
    counts = {"must": 0, "mustNot": 0, "now": 0}
    for i, e in enumerate(items, 1):
        w = f"{where}:expect[{i}]"
        kinds = [k for k in ("action", "useCase", "chapter") if k in e]
        if len(kinds) != 1:
            rep.error(w, "exactly one of action, useCase, chapter")
            continue
        kind = kinds[0]
        ident = e[kind]
        known = {"action": catalogue, "useCase": use_cases, "chapter": chapters}[kind]
        if ident not in known:
            rep.error(w, f"unknown {kind} id {ident!r}")
        if (kind, ident) in seen:
            rep.error(w, f"{kind} {ident} is expected twice")
        seen.add((kind, ident))
        where_in = e.get("in")
        allowed = IN_ACTION if kind == "action" else IN_OTHER
        if where_in not in allowed:
            rep.error(w, f"in: must be one of {sorted(allowed)} for a {kind}")
        elif where_in == "absent":
            counts["mustNot"] += 1
        else:
            counts["must"] += 1
            if where_in == "now":
                counts["now"] += 1
        extra = set(e) - {kind, "in", "why"}
        if extra:
            rep.error(w, f"unknown keys {sorted(extra)}")
        why = e.get("why")
        if not isinstance(why, str) or len(why) < 20:
            rep.error(w, "why: the reason, with its source and the answers that make it hold")
            continue
        cited = [int(n) for n in DOMAIN_REF.findall(why)]
        if refs is not None:
            for n in cited:
                refs.setdefault(n, set()).add(f"{os.path.basename(path)[:-len('.expect.yaml')]}:{ident}")
        if not cited and not OFFICIAL.search(why):
            rep.error(w, "why cites neither DOMAIN.md:LINE nor an official source")
        for n in cited:
            if domain_lines is not None and not (1 <= n <= len(domain_lines)
                                                 and domain_lines[n - 1].strip()):
                rep.error(w, f"DOMAIN.md:{n} is not a line of text of DOMAIN.md")
    if counts["must"] < 3:
        rep.error(where, f"{counts['must']} \"must\" expectations, at least 3 needed")
    if counts["mustNot"] < 2:
        rep.error(where, f"{counts['mustNot']} \"must not\" expectations, at least 2 needed")
    if counts["now"] > NOW_CAP:
        rep.error(where, f"{counts['now']} actions expected in now, the plan holds {NOW_CAP}")
    return counts


def find_domain(explicit):
    candidates = [explicit] if explicit else [
        os.environ.get("PHARE_DOMAIN_MD"),
        os.path.join(REPO, "..", "shared", "docs", "DOMAIN.md"),
        os.path.join(REPO, "..", "..", "shared", "docs", "DOMAIN.md"),
    ]
    for c in candidates:
        if c and os.path.exists(c):
            with open(c, encoding="utf-8") as f:
                return c, f.read().split("\n")
    return None, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--domain", help="path to DOMAIN.md (default: ../shared/docs/DOMAIN.md)")
    ap.add_argument("--refs", action="store_true", help="print the DOMAIN.md lines the cases cite")
    ap.add_argument("--phare", action="append", default=[], metavar="FILE",
                    help="check only this .phare file (any folder); may be repeated")
    ap.add_argument("cases", nargs="*", help="case names (default: every case of the folder)")
    args = ap.parse_args()
    rep = Report()

    themes = load_questionnaires()
    profile, from_file = load_profile()
    if not from_file:
        print("note: questionnaires/profile.yaml not found, the profile is checked against the contract's table")
    catalogue = set(CATALOGUE)
    adir = os.path.join(QDIR, "actions")
    if os.path.isdir(adir):
        ids = set()
        for name in os.listdir(adir):
            if name.endswith(".yaml"):
                ids |= {a["id"] for a in (load_yaml(os.path.join(adir, name)) or {}).get("actions", [])}
        if ids and ids != catalogue:
            rep.warn("questionnaires/actions", "ids differ from the contract: "
                     f"missing {sorted(catalogue - ids)}, extra {sorted(ids - catalogue)}")
            catalogue = ids
    use_cases = {u["id"] for u in load_yaml(os.path.join(QDIR, "use-cases.yaml"))["useCases"]}
    chapters = {c["id"] for c in load_yaml(os.path.join(QDIR, "chapters.yaml"))["chapters"]}
    domain_path, domain_lines = find_domain(args.domain)
    if domain_lines is None:
        rep.warn("DOMAIN.md", "not found (give --domain): line numbers are not checked")

    if args.phare:
        for p in args.phare:
            check_phare(rep, p, themes, profile)
        print(f"{len(args.phare)} files, {rep.errors} errors, {rep.warnings} warnings")
        return 1 if rep.errors else 0

    names = args.cases or sorted({f[:-len(".phare")] for f in os.listdir(HERE) if f.endswith(".phare")}
                                 | {f[:-len(".expect.yaml")] for f in os.listdir(HERE)
                                    if f.endswith(".expect.yaml")})
    refs = {} if args.refs else None
    for name in names:
        phare = os.path.join(HERE, name + ".phare")
        expect = os.path.join(HERE, name + ".expect.yaml")
        if not os.path.exists(phare) or not os.path.exists(expect):
            rep.error(name, "a case is NAME.phare and NAME.expect.yaml, one is missing")
            continue
        check_phare(rep, phare, themes, profile)
        counts = check_expect(rep, expect, catalogue, use_cases, chapters, domain_lines, refs)
        if counts:
            print(f"{name}: {counts['must']} must ({counts['now']} now), {counts['mustNot']} must not")
    if refs:
        for n in sorted(refs):
            text = domain_lines[n - 1].strip() if domain_lines and n <= len(domain_lines) else "?"
            print(f"DOMAIN.md:{n}: {text}\n    cited by {', '.join(sorted(refs[n]))}")
    print(f"{len(names)} cases, {rep.errors} errors, {rep.warnings} warnings")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
