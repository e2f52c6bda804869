"""What the understanding of one message returns."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

from bot.extraction import Extraction


class Command(str, Enum):
    """Requests about the conversation itself, not about IR."""

    START_OVER = "start_over"
    CANCEL = "cancel"
    STOP_ASKING = "stop_asking"
    JUST_TELL_ME = "just_tell_me"


class ProfileRequest(str, Enum):
    """Requests about the stored profile; Rasa's own intents and rules answer them."""

    SHOW_PROFILE = "show_profile"
    FORGET_ME = "forget_me"


class Distress(str, Enum):
    """How worried the bot should be about the person writing."""

    NONE = "none"
    DISTRESS = "distress"
    SELF_HARM = "self_harm"


class Question(BaseModel):
    """One question clause and the answer topic (intent name) it asks about, if placed."""

    model_config = ConfigDict(frozen=True)

    text: str
    topic: str | None = None


class Understanding(BaseModel):
    """A whole message: its facts, its questions (main first), and what else it carries."""

    facts: Extraction = Field(default_factory=Extraction)
    questions: list[Question] = Field(default_factory=list)
    distress: Distress = Distress.NONE
    command: Command | None = None
    intent: str | None = None  # the whole message's NLU intent, when Rasa gave one

    @property
    def topics(self) -> list[str]:
        """The placed topics in order, each once (the main question's first)."""
        seen: list[str] = []
        for question in self.questions:
            if question.topic and question.topic not in seen:
                seen.append(question.topic)
        return seen

    @property
    def main_topic(self) -> str | None:
        topics = self.topics
        return topics[0] if topics else None

    @property
    def unplaced(self) -> bool:
        """Questions asked, none of them placed on a topic."""
        return bool(self.questions) and not self.topics
