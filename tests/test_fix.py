"""`check --fix`: the fixed draft on stdout, what still needs a person on stderr."""
from __future__ import annotations


def test_fix_prints_the_fixed_text_and_lists_what_is_left_on_stderr(run_cli):
    code, out, err = run_cli("check", "--fix", "Pls help us organize the day. Call 07700 900123")
    assert out == "Please help us organise the day. Call 07700 900123\n"
    lines = err.strip().splitlines()
    assert lines[0].startswith("postcheck: fixed 2; 1 still need a person")
    assert len(lines) == 2 and "personal_data/phone" in lines[1] and "1:39:" in lines[1]  # where it is in the fixed text
    assert "07700 900123" not in err  # personal data masked in what is reported
    assert code == 1  # what is left is an error


def test_fix_with_nothing_left_is_quiet_and_exits_0(run_cli):
    code, out, err = run_cli("check", "--fix", "Help us organize the day.")
    assert (code, out, err) == (0, "Help us organise the day.\n", "")


def test_fix_never_prints_control_characters_raw_on_stderr(run_cli):
    _, _, err = run_cli("check", "--fix", "Call 07700 900123 \x1b[2J now")
    assert "\x1b" not in err
