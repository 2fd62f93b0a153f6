package dk.godstart.player.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.player.domain.CmiDataModel.Violation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CmiDataModelTest {

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }

  private static List<Violation> check2004(String text) {
    return CmiDataModel.SCORM_2004.check(json(text));
  }

  private static List<Violation> check12(String text) {
    return CmiDataModel.SCORM_12.check(json(text));
  }

  private static void assertOne(String code, String element, List<Violation> violations) {
    assertEquals(1, violations.size(), violations.toString());
    assertEquals(code, violations.get(0).code());
    assertEquals(element, violations.get(0).element());
  }

  /** What scorm-again 3.4.3 renders for a terminating SCORM 2004 commit. */
  private static final String RENDERED_2004 =
      "{'cmi':{'comments_from_learner':{'0':{'comment':'hi','location':'','timestamp':''}},"
          + "'comments_from_lms':{},'completion_status':'completed','completion_threshold':'',"
          + "'credit':'credit','entry':'','exit':'','interactions':{'0':{'id':'q1','type':'choice',"
          + "'objectives':{},'timestamp':'','weighting':'','learner_response':'','result':'',"
          + "'latency':'','description':'','correct_responses':{}}},'launch_data':'',"
          + "'learner_id':'','learner_name':'','learner_preference':{'audio_level':'1',"
          + "'language':'','delivery_speed':'1','audio_captioning':'0'},'location':'',"
          + "'max_time_allowed':'','mode':'normal','objectives':{'0':{'id':'o1',"
          + "'success_status':'unknown','completion_status':'unknown','progress_measure':'',"
          + "'description':'','score':{'scaled':'','raw':'','min':'','max':''}}},"
          + "'progress_measure':'','scaled_passing_score':'','score':{'scaled':'0.5','raw':'',"
          + "'min':'','max':''},'session_time':'PT0H0M0S','success_status':'unknown',"
          + "'suspend_data':'','time_limit_action':'continue,no message','total_time':'PT0S'}}";

  /** What scorm-again 3.4.3 renders for a SCORM 1.2 commit. */
  private static final String RENDERED_12 =
      "{'cmi':{'suspend_data':'','launch_data':'','comments':'','comments_from_lms':'',"
          + "'core':{'student_id':'','student_name':'','lesson_location':'','credit':'',"
          + "'lesson_status':'passed','entry':'','lesson_mode':'normal','exit':'',"
          + "'session_time':'00:00:00','score':{'raw':'80','min':'','max':'100'},"
          + "'total_time':'00:00:00'},'objectives':{'0':{'id':'o1','status':'',"
          + "'score':{'raw':'','min':'','max':'100'}}},'student_data':{'mastery_score':'',"
          + "'max_time_allowed':'','time_limit_action':''},'student_preference':{'audio':'',"
          + "'language':'','speed':'','text':''},'interactions':{'0':{'id':'q1','time':'',"
          + "'type':'','weighting':'','student_response':'','result':'','latency':'',"
          + "'objectives':{},'correct_responses':{}}}}}";

  @Test
  void whatTheRuntimeRendersIsAccepted() {
    assertEquals(List.of(), check2004(RENDERED_2004));
    assertEquals(List.of(), check12(RENDERED_12));
  }

  @Test
  void dataWithoutTheCmiWrapperAndCollectionsAsArraysAreAccepted() {
    assertEquals(
        List.of(),
        check2004(
            "{'completion_status':'incomplete','session_time':'PT4M12S','score':{'raw':60},"
                + "'interactions':{'childArray':[{'id':'q1','type':'choice','result':'correct',"
                + "'timestamp':'2026-11-22T10:00:00'}]},'objectives':[{'id':'x'}]}"));
  }

  @Test
  void aWordOutsideItsVocabularyIsRefused() {
    assertOne(CmiDataModel.VOCABULARY, "cmi.success_status", check2004("{'success_status':'won'}"));
    assertOne(
        CmiDataModel.VOCABULARY,
        "cmi.core.lesson_status",
        check12("{'core':{'lesson_status':'unknown'}}"));
    assertOne(
        CmiDataModel.VOCABULARY,
        "cmi.interactions.0.type",
        check2004("{'interactions':{'0':{'type':'essay'}}}"));
  }

  @Test
  void aNumberOutsideItsRangeIsRefused() {
    assertOne(CmiDataModel.RANGE, "cmi.score.scaled", check2004("{'score':{'scaled':'1.5'}}"));
    assertOne(CmiDataModel.RANGE, "cmi.progress_measure", check2004("{'progress_measure':-0.1}"));
    assertOne(
        CmiDataModel.RANGE, "cmi.core.score.raw", check12("{'core':{'score':{'raw':'101'}}}"));
  }

  @Test
  void aValueOfTheWrongTypeIsRefused() {
    assertOne(CmiDataModel.TYPE, "cmi.score.raw", check2004("{'score':{'raw':'sixty'}}"));
    assertOne(CmiDataModel.TYPE, "cmi.session_time", check2004("{'session_time':'00:04:12'}"));
    assertOne(
        CmiDataModel.TYPE, "cmi.core.session_time", check12("{'core':{'session_time':'PT4M'}}"));
    assertOne(CmiDataModel.TYPE, "cmi.score", check2004("{'score':'high'}"));
    assertOne(CmiDataModel.TYPE, "cmi.location", check2004("{'location':true}"));
  }

  @Test
  void aTextLongerThanItsElementAllowsIsRefused() {
    assertOne(
        CmiDataModel.LENGTH, "cmi.location", check2004("{'location':'" + "x".repeat(1001) + "'}"));
    assertEquals(List.of(), check2004("{'location':'" + "x".repeat(1000) + "'}"));
    assertOne(
        CmiDataModel.LENGTH,
        "cmi.suspend_data",
        check12("{'suspend_data':'" + "x".repeat(4097) + "'}"));
  }

  @Test
  void anElementOutsideTheDataModelIsRefused() {
    assertOne(CmiDataModel.UNKNOWN, "cmi.grade", check2004("{'grade':'A'}"));
    assertOne(CmiDataModel.UNKNOWN, "cmi.core.grade", check12("{'core':{'grade':'A'}}"));
    assertOne(CmiDataModel.UNKNOWN, "cmi.lesson_status", check12("{'lesson_status':'passed'}"));
  }

  @Test
  void aCollectionBeyondItsSmallestPermittedMaximumIsRefused() {
    String many = "{'objectives':[" + "{'id':'o'},".repeat(100) + "{'id':'o'}]}";
    assertOne(CmiDataModel.RANGE, "cmi.objectives", check2004(many));
  }

  @Test
  void aFloodOfViolationsIsCutShort() {
    String flood = "{'interactions':[" + "{'type':'x'},".repeat(99) + "{'type':'x'}]}";
    List<Violation> violations = check2004(flood);
    assertEquals(20, violations.size());
    assertTrue(violations.stream().allMatch(v -> v.code().equals(CmiDataModel.VOCABULARY)));
  }
}
