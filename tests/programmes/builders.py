"""Codes and import files the programme tests build."""

import datetime as dt
import io

import openpyxl
from django.utils import timezone

from lms.programmes.models import EnrollmentCode

HEADER = (
    "email,first_name,last_name,country,region,sector,size,owner_gender,export_stage,"
    "consent,programme_code"
)


def make_code(programme, value, **fields) -> EnrollmentCode:
    return EnrollmentCode.objects.create(programme=programme, code=value, **fields)


def yesterday():
    return timezone.now() - dt.timedelta(days=1)


def csv_file(rows: list[str], header: str = HEADER) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode()


def learner_rows(n: int, code: str = "EXPORT-KE-2027", start: int = 0) -> list[str]:
    return [
        f"learner{i}@example.org,Amina{i},Otieno,KE,Nairobi,C,micro,woman,exploring,yes,{code}"
        for i in range(start, start + n)
    ]


def xlsx_file(rows: list[list]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
