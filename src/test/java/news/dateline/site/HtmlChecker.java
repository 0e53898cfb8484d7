package news.dateline.site;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Checks a page with the W3C Nu HTML Checker (offline, schemas from its jar); returns the errors. */
final class HtmlChecker {

    private HtmlChecker() {
    }

    static List<String> errorsIn(String html) {
        List<String> errors = new ArrayList<>();
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + " (fatal): " + e.getMessage());
            }
        };
        try {
            SimpleDocumentValidator validator = new SimpleDocumentValidator();
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
            validator.setUpValidatorAndParsers(collector, true, false);
            validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        } catch (Exception e) {
            throw new IllegalStateException("The HTML checker could not run: " + e.getMessage(), e);
        }
        return errors;
    }
}
