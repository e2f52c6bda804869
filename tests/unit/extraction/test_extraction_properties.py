"""Whatever the user types, extraction returns profile-valid facts and never raises."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extraction import extract_facts
from bot.profile import PROFILE_FIELDS, parse_profile

VOCABULARY = (
    "step 1 2 3 ck s2ck usce IR DR IM lor lors letter from passed failed first second attempt "
    "twice once no none zero yes actually sorry not sure skip months weeks years year a an "
    "and , . - 251 320 -3 1890 2019 2.5 one two twenty five between to or J1 H1B green card "
    "citizen IMG India prefer northeast TX anywhere except cycle applied interviews pubs "
    "abstracts posters research fellowship working not since will planning submitted cardiology "
    "born abroad rads yog 21 ? is my with"
)
WORDS = st.sampled_from(VOCABULARY.split(" "))


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=25), st.sampled_from([None, *PROFILE_FIELDS]))
def test_random_word_salad_gives_valid_facts(words: list[str], expected_field: str | None) -> None:
    result = extract_facts(" ".join(words), expected_field=expected_field)
    parse_profile(result.facts)  # raises if any value is out of range or of the wrong type
    assert not set(result.facts) & set(result.rejected_fields())
    # Facts to confirm are valid values too, never also stored, each with its question.
    parse_profile({item.field: item.value for item in result.uncertain})
    assert not set(result.facts) & set(result.uncertain_fields())
    assert all(item.question.endswith("?") for item in result.uncertain)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.sampled_from([None, *PROFILE_FIELDS]))
def test_any_text_gives_valid_facts(text: str, expected_field: str | None) -> None:
    result = extract_facts(text, expected_field=expected_field)
    parse_profile(result.facts)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-1000, max_value=5000))
def test_every_score_is_either_kept_or_rejected(score: int) -> None:
    result = extract_facts(f"my step 2 ck score is {score}")
    if 1 <= score <= 300:
        assert result.facts == {"step2ck_score": score}
    else:
        assert result.facts == {} or "step2ck_score" not in result.facts
        if score < 1000:  # four digits read as a year, not a score
            assert result.rejected_fields() == ["step2ck_score"]
