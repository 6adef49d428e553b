package org.evident.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en|The minister said on Monday that the talks with the union would continue, and that he was sure a deal could be found.",
        "fr|Le ministre a déclaré lundi que les négociations avec le syndicat allaient continuer et qu'un accord était possible.",
        "de|Der Minister sagte am Montag, dass die Gespräche mit der Gewerkschaft weitergehen und eine Einigung möglich sei.",
        "es|El ministro dijo el lunes que las negociaciones con el sindicato van a continuar y que un acuerdo es posible.",
        "it|Il ministro ha detto lunedì che le trattative con il sindacato continueranno e che un accordo è ancora possibile.",
        "pt|O ministro disse na segunda-feira que as negociações com o sindicato vão continuar e que um acordo é possível.",
        "nl|De minister zei maandag dat de gesprekken met de vakbond doorgaan en dat een akkoord mogelijk is volgens hem.",
        "ru|Министр заявил в понедельник, что переговоры с профсоюзом продолжатся и что соглашение было бы возможно.",
        "ar|قال الوزير يوم الاثنين إن المحادثات مع النقابة ستستمر وإن التوصل إلى اتفاق ممكن.",
        "zh|部长星期一表示，与工会的谈判将继续进行，达成协议是可能的。",
        "ja|大臣は月曜日、労働組合との交渉を続けると述べ、合意は可能だと語った。",
        "ko|장관은 월요일 노조와의 협상이 계속될 것이며 합의가 가능하다고 말했다.",
    })
    void identifiesTheLanguageOfANewsSentence(String expected, String text) {
        assertThat(Languages.identify(text)).isEqualTo(expected);
    }

    @Test
    void tooShortToTellIsUndetermined() {
        assertThat(Languages.identify("Same words.")).isEqualTo(Languages.UNDETERMINED);
        assertThat(Languages.identify("12 345 678")).isEqualTo(Languages.UNDETERMINED);
    }

    @Test
    void declaredCodesAreNormalised() {
        assertThat(Languages.normalise("en-GB")).isEqualTo("en");
        assertThat(Languages.normalise("FR_fr")).isEqualTo("fr");
        assertThat(Languages.normalise("deu")).isEqualTo("de");
        assertThat(Languages.normalise(" ")).isNull();
    }
}
