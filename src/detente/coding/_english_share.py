"""How much of a text reads as English, judged without its names.

The language check refuses a text whose words are too seldom the commonest English function words ("the", "of",
"and"). A short English text heavy with names ("Kenyan President William Ruto Meets Ugandan President Yoweri
Museveni, Tanzanian President Samia Suluhu Hassan At State House Nairobi Monday", a heading in title case, a list of
delegates) has few such words, as a foreign text has, and was refused. Names carry no language: a word written with
a capital is left out of the count unless it is itself one of the function words ("The", "In", "AT"), so the share
is taken over the words written in lower case and the capitalised function words, and a text with too few of these
to judge is let through. Foreign prose is still refused: its lower-case words are its own language's, and its own
function words ("und", "het", "les", "que") are counted against English ones (:data:`FOREIGN_WORDS`), so that a
German or Dutch text whose "in", "was" and "an" pass for English, once its capitalised nouns are left out, is
still told apart.
"""

from __future__ import annotations

import re

__all__ = ["ENGLISH_WORDS", "FOREIGN_WORDS", "english_share"]

#: the commonest English function words, whose share tells English prose from prose of another language
ENGLISH_WORDS = frozenset(
    [
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "by", "at", "from",
        "was", "were", "be", "has", "have", "had", "it", "its", "this", "are", "an", "or", "which", "not",
        "but", "will", "would", "said", "their", "they", "he", "his", "she", "her", "we", "our", "been",
        "also", "after", "than", "more", "who",
    ]
)
#: common function words of the languages of Western Europe and of Indonesian and Malay that are no English words
#: and seldom stand in lower case in an English text's names (the particles "de", "da", "van", "von", "al", "el",
#: "bin", "la" and "le" of names are left out)
FOREIGN_WORDS = frozenset(
    [
        "und", "der", "die", "das", "ist", "nicht", "mit", "sich", "auf", "ein", "eine", "dem", "den", "des", "zu",
        "het", "een", "niet", "zijn", "voor", "ook", "werd", "heeft",
        "les", "et", "est", "une", "pour", "dans", "qui", "sur", "au", "aux", "du", "ont", "pas", "avec",
        "los", "las", "y", "por", "con", "una", "que", "para", "según", "fue",
        "il", "della", "che", "è", "gli", "degli", "nel",
        "os", "uma", "não", "em", "pela", "pelo", "foi", "dos",
        "dan", "yang", "dengan", "untuk", "dari", "ini", "itu",
    ]
)
#: a word of letters, with what an apostrophe joins to it ("party's", "don't")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def english_share(text: str) -> tuple[float, float, int]:
    """The shares of common English function words and of other languages' function words among the words of
    ``text`` that are judged, and how many are judged: every word in lower case, and a capitalised word only when
    it is an English function word ("The", "In"; a capitalised "Il" or "Du" is a name: "Kim Jong Il").

    >>> english_share("Kenyan President William Ruto Meets Ugandan President At State House")
    (1.0, 0.0, 1)
    >>> share, foreign, judged = english_share("Le gouvernement a condamné le tir de deux missiles par la Corée du")
    >>> round(share, 2), round(foreign, 2), judged
    (0.09, 0.09, 11)
    """
    judged = english = foreign = 0
    for word in _WORDS.findall(text):
        low = word.lower()
        if word != low and low not in ENGLISH_WORDS:
            continue  # a name ("Kim Jong Il", "Du"), or a word of a heading in title case
        judged += 1
        english += low in ENGLISH_WORDS
        foreign += low in FOREIGN_WORDS
    if not judged:
        return 0.0, 0.0, 0
    return english / judged, foreign / judged, judged
