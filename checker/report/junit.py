"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure DevOps...).

As ruff writes it: one test suite per file, one failing test case per finding (named by the
rule, at path:line:col), and one passing case for a post with nothing to report, so the
number of posts checked shows up too. A file or row that could not be read is an <error>.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from checker.model import Result
from checker.report.ci_common import full_message, relative_path
from checker.report.lines import position, where
from checker.report.summary import Summary

# XML 1.0 cannot hold most control characters, even escaped; a post may (a pasted draft).
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return NOT_XML.sub("\ufffd", text)


class JunitReport:
    def __init__(self, out: TextIO, show_personal_data: bool = False):
        self.out = out
        self.show_personal_data = show_personal_data
        self.summary = Summary()
        self.root = ET.Element("testsuites", name="postcheck")
        self.suites: dict[str, ET.Element] = {}

    def suite(self, path: str) -> ET.Element:
        if path not in self.suites:
            self.suites[path] = ET.SubElement(self.root, "testsuite", name=path)
        return self.suites[path]

    def file_error(self, path: str, message: str) -> None:
        case = ET.SubElement(self.suite(relative_path(path)), "testcase", name="input.unreadable", classname=relative_path(path))
        ET.SubElement(case, "error", message=message, type="input.unreadable").text = message

    def add(self, result: Result) -> None:
        self.summary.add(result)
        path = relative_path(where(result))
        suite = self.suite(path)
        post = f"post {result.post.id}" if result.post.id != result.post.source else "post"
        if result.problem:
            case = ET.SubElement(suite, "testcase", name=f"{post}: input.unreadable", classname=path,
                                 line=str(result.post.first_line))
            ET.SubElement(case, "error", message=result.problem, type="input.unreadable").text = result.problem
        for finding in result.findings:
            line, column = position(result, finding.start)
            case = ET.SubElement(suite, "testcase", name=f"{finding.rule}", classname=f"{path}:{line}:{column}",
                                 file=path, line=str(line))
            text = f"{path}:{line}:{column}: \"{finding.text}\": {full_message(finding)}"
            kind = "failure" if finding.severity in ("error", "warning") else "skipped"
            ET.SubElement(case, kind, message=finding.message, type=finding.severity).text = text
        if not result.findings and not result.problem:
            ET.SubElement(suite, "testcase", name=f"{post}: no findings", classname=path)

    def close(self, **_extra) -> Summary:
        for suite in self.root:
            cases = list(suite)
            suite.set("tests", str(len(cases)))
            suite.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
            suite.set("errors", str(sum(1 for c in cases if c.find("error") is not None)))
            suite.set("skipped", str(sum(1 for c in cases if c.find("skipped") is not None)))
        cases = list(self.root.iter("testcase"))
        self.root.set("tests", str(len(cases)))
        self.root.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
        self.root.set("errors", str(sum(1 for c in cases if c.find("error") is not None)))
        for element in self.root.iter():
            element.text = xml_safe(element.text) if element.text else element.text
            for key, value in element.attrib.items():
                element.set(key, xml_safe(value))
        ET.indent(self.root)
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(ET.tostring(self.root, encoding="unicode"))
        self.out.write("\n")
        return self.summary
