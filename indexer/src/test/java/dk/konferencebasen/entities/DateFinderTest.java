package dk.konferencebasen.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  private static final DateFinder DATES = new DateFinder();
  private static final OptionalInt NO_YEAR = OptionalInt.empty();

  private static List<LocalDate> find(String text, int contextYear) {
    return DATES.find(text, OptionalInt.of(contextYear));
  }

  @Test
  void yearlessDateTakesTheContextYear() {
    String text = "Mere end 400 medarbejdere fra integrationsområdet i kommunerne var samlet i Odense "
        + "den 10. sep. til årets integrationstræf, der afholdes hvert år i samarbejde med KL.";
    assertEquals(List.of(LocalDate.of(2019, 9, 10)), find(text, 2019));
  }

  @Test
  void yearlessDateWithoutContextYearIsSkipped() {
    assertEquals(List.of(), DATES.find("samlet i Odense den 10. sep. til træf", NO_YEAR));
    assertEquals(List.of(LocalDate.of(2019, 9, 10)),
        DATES.find("den 10. sep. og igen den 10. september 2019", NO_YEAR));
  }

  @Test
  void explicitYearsWinOverTheContextYear() {
    assertEquals(List.of(LocalDate.of(2019, 9, 10)), find("Træffet var 10. september 2019.", 2020));
    assertEquals(List.of(LocalDate.of(2019, 9, 10)), find("Træffet var d. 10/9 2019.", 2020));
    assertEquals(List.of(LocalDate.of(2019, 9, 10)), find("Træffet var 10/9-2019.", 2020));
    assertEquals(List.of(LocalDate.of(2020, 9, 16)), find("Sidst opdateret 16.09.2020", 2019));
    assertEquals(List.of(LocalDate.of(2019, 9, 10)), find("Dato: 2019-09-10.", 2020));
  }

  @Test
  void monthNamesAndAbbreviations() {
    String text = "1. jan., 2. feb., 3. mar., 4. apr., 5. maj, 6. jun., 7. jul., 8. aug., 9. sept., "
        + "10. okt., 11. nov., 12. dec., 13. marts og 14. Juni";
    List<LocalDate> expected = List.of(
        LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 2), LocalDate.of(2019, 3, 3), LocalDate.of(2019, 4, 4),
        LocalDate.of(2019, 5, 5), LocalDate.of(2019, 6, 6), LocalDate.of(2019, 7, 7), LocalDate.of(2019, 8, 8),
        LocalDate.of(2019, 9, 9), LocalDate.of(2019, 10, 10), LocalDate.of(2019, 11, 11),
        LocalDate.of(2019, 12, 12), LocalDate.of(2019, 3, 13), LocalDate.of(2019, 6, 14));
    assertEquals(expected, find(text, 2019));
  }

  @Test
  void dayRanges() {
    assertEquals(List.of(LocalDate.of(2019, 9, 10), LocalDate.of(2019, 9, 11)),
        find("Konferencen holdes 10.-11. september.", 2019));
  }

  @Test
  void invalidDatesAreIgnored() {
    assertEquals(List.of(), find("Fristen er 31. feb.", 2019));
    assertEquals(List.of(), find("Fristen er 30.02.2019 og 45/13 2019.", 2019));
  }

  @Test
  void numbersThatAreNotDatesAreIgnored() {
    assertEquals(List.of(), find("Mere end 400 deltog, og 1/3 var nye. Der var 12 marker.", 2019));
  }

  @Test
  void datesComeInTextOrderWithoutDuplicates() {
    assertEquals(List.of(LocalDate.of(2020, 9, 16), LocalDate.of(2019, 9, 10)),
        find("Opdateret 16.09.2020 om træffet 10. sep., altså den 10/9.", 2019));
  }

  @Test
  void yearInTitle() {
    assertEquals(OptionalInt.of(2019), DateFinder.yearIn("Integrationstræf 2019"));
    assertEquals(OptionalInt.of(2021), DateFinder.yearIn("Over 400 deltagere i 2021"));
    assertEquals(OptionalInt.empty(), DateFinder.yearIn("Integrationskonference: Det vigtige samarbejde"));
    assertEquals(OptionalInt.empty(), DateFinder.yearIn("Telefon 12345678, 3000 kr."));
    assertEquals(OptionalInt.empty(), DateFinder.yearIn(null));
  }

  @Test
  void datesFarApartInLongTextAreAllFoundInOrder() {
    String filler = "Deltagerne drøftede sprogundervisning, beskæftigelse og boliger i kommunerne. ".repeat(20);
    String text = "den 3/2 " + filler + "Mødet 10.-11. september 2019 i Odense. " + filler
        + "Næste træf: 2020-09-16, og igen d.       4/5." + filler + "Sidst 1.12.2021";
    assertEquals(List.of(LocalDate.of(2019, 2, 3), LocalDate.of(2019, 9, 10), LocalDate.of(2019, 9, 11),
        LocalDate.of(2020, 9, 16), LocalDate.of(2019, 5, 4), LocalDate.of(2021, 12, 1)), find(text, 2019));
  }

  @Test
  void digitWindowsCoverEveryDigitAndMergeNearbyOnes() {
    assertEquals(0, DateFinder.digitWindows("ingen tal her").size());
    String text = "x".repeat(100) + "1" + "x".repeat(10) + "2" + "x".repeat(200) + "3";
    List<int[]> windows = DateFinder.digitWindows(text);
    assertEquals(2, windows.size());
    assertEquals(100 - 24, windows.get(0)[0]);
    assertEquals(text.length(), windows.get(1)[1]);
  }
}
