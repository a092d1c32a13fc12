package io.hydrascope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorCsvWriterTest {
    @Test
    void oneIndicatorPerRowWithNeutralisedFormulas() throws Exception {
        ReportModel model = AnalysedCase.model(ReportScope.wholeCase(), false);
        String csv = new String(new IndicatorCsvWriter().toBytes(model), StandardCharsets.UTF_8);

        assertTrue(csv.startsWith("type,value,cluster,first_seen,last_seen,confidence,accounts,interactions,basis\n"));
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForMapOf(String.class).with(new CsvMapper().schemaWithHeader()).readValues(csv)) {
            rows = it.readAll();
        }
        assertEquals(model.indicators().size(), rows.size());
        Map<String, String> formula = rows.stream().filter(r -> r.get("value").contains("HYPERLINK")).findFirst()
                .orElseThrow();
        assertEquals("'" + AnalysedCase.FORMULA_ACCOUNT, formula.get("value"));
        assertEquals("account", formula.get("type"));
        assertTrue(rows.stream().allMatch(r -> !r.get("value").matches("^[=+\\-@].*")));
        Map<String, String> subnet = rows.stream().filter(r -> r.get("value").equals("203.0.113.0/24")).findFirst()
                .orElseThrow();
        assertEquals("ipv4-subnet", subnet.get("type"));
        assertEquals(Long.toString(AnalysedCase.campaignCluster()), subnet.get("cluster"));
        assertTrue(subnet.get("first_seen").matches("2026-03-02T\\d\\d:\\d\\d:\\d\\dZ"), subnet.get("first_seen"));
        assertTrue(Integer.parseInt(subnet.get("confidence")) > 50);
    }
}
