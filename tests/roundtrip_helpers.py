"""Compare what vanban extracts from two renderings of one document (.txt vs .docx/.pdf)."""
import vanban

HEADER_FIELDS = ("number", "symbol", "type_code", "issuer_code", "place", "date", "doc_type", "subject",
                 "report_year", "national_title_present", "issuing_body_present", "system")
CITATION_FIELDS = ("doc_type", "type_code", "number", "year", "symbol", "issuer_code", "date", "date_valid", "system")


def summary(doc):
    h = doc.header
    heads = [(s.label, s.level, s.depth) for s in doc.iter_sections()]
    cites = [tuple(getattr(c, f) for f in CITATION_FIELDS) for c in doc.citations]
    findings = sorted((f.code, " ".join(f.text.split())) for f in vanban.lint(doc) if f.severity in ("error", "warning"))
    sig = doc.signature
    return {
        "header": {f: getattr(h, f) for f in HEADER_FIELDS},
        "headings": heads,
        "citations": cites,
        "findings": findings,
        "signature": (sig.authority, sig.body, sig.position, sig.signer) if sig else None,
        "recipients": len(doc.recipients),
    }
