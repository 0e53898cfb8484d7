package news.dateline.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.util.StandardExpressionUtils;

/**
 * Evaluates the templates' commonest expressions on view records by calling the records' accessors,
 * found once per class and name: a chain of record components ({@code ${article.headline}},
 * {@code ${item.url}}, {@code ${related}}) and the tests templates make of them: {@code chain != null},
 * {@code chain == null}, {@code chain == other.chain} (strings), {@code chain.isEmpty()} and
 * {@code !chain.isEmpty()} (a collection or a string), {@code !#strings.isEmpty(chain)}, and such tests
 * joined by {@code and} or by {@code or}. Templates see view records only, and OGNL, which Thymeleaf uses
 * without Spring, finds a record's accessors by reflection and checks every member against its
 * restrictions on each evaluation: it took a fifth of an uncached page's time. Everything else
 * (other operators, method calls, utility objects, maps, beans, a null on the way, selections, contexts
 * that allow only numbers and booleans)
 * is left to OGNL, and so is any expression whose values turn out to be of another kind, so every
 * expression means what it meant before.
 */
final class RecordPropertyExpressions implements IStandardVariableExpressionEvaluator {

    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
    private static final Pattern CHAIN = Pattern.compile(NAME + "(?:\\." + NAME + ")*");
    private static final Pattern COMPARISON = Pattern.compile("(" + CHAIN + ") ([!=]=) (null|" + CHAIN + ")");
    private static final Pattern IS_EMPTY = Pattern.compile("(!?)(" + CHAIN + ")\\.isEmpty\\(\\)");
    private static final Pattern HAS_TEXT = Pattern.compile("!#strings\\.isEmpty\\((" + CHAIN + ")\\)");
    /** Names OGNL reads as something else than a variable: scopes, literals and its operators' words. */
    private static final java.util.Set<String> SPECIAL_ROOTS = java.util.Set.of("param", "session", "application",
            "null", "true", "false", "this", "and", "or", "not", "eq", "neq", "lt", "gt", "lte", "gte", "in",
            "instanceof", "new", "bor", "xor", "band", "shl", "shr", "ushr");
    /** What an expression this class does not evaluate parses to. */
    private static final Form OGNL = new Form(null, null, null, false);
    /** What a value of another kind than expected makes a test give: the expression goes to OGNL. */
    private static final Object OTHER = new Object();

    private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);
    private final ConcurrentHashMap<String, Form> forms = new ConcurrentHashMap<>();
    /** A record class's accessors by component name, found once; empty for any other class. */
    private final ClassValue<ConcurrentHashMap<String, Optional<Method>>> accessors = new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<String, Optional<Method>> computeValue(Class<?> type) {
            ConcurrentHashMap<String, Optional<Method>> found = new ConcurrentHashMap<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    Method method = component.getAccessor();
                    method.setAccessible(true);
                    found.put(component.getName(), Optional.of(method));
                }
            }
            return found;
        }
    };

    /** The kinds of test. */
    private enum Test { NOT_NULL, IS_NULL, EQUAL, NOT_EQUAL, IS_EMPTY, NOT_EMPTY, HAS_TEXT }

    /** One test of a chain (and, for a comparison, of a second chain). */
    private record Term(Test test, String[] chain, String[] other) {
    }

    /**
     * An expression as this class evaluates it: a chain's value ({@code value}), or tests joined by
     * {@code and} ({@code all} true) or by {@code or}.
     */
    private record Form(String[] value, Term[] terms, Boolean all, boolean externalAccess) {
        Form(String[] value, Term[] terms, Boolean all, String text) {
            this(value, terms, all, text != null && StandardExpressionUtils.containsExternalAccess(text));
        }
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext executionContext) {
        Form form = forms.get(expression.getExpression());
        if (form == null) {
            form = forms.computeIfAbsent(expression.getExpression(), RecordPropertyExpressions::formOf);
        }
        // A restricted context (a link, a fragment's parameter, unescaped text) forbids request parameters,
        // scopes, the request's expression objects, new objects and static access: none of these forms
        // reaches any of them, and one whose text Thymeleaf would take for such an access goes to OGNL,
        // which refuses it there.
        if (form == OGNL || expression.getUseSelectionAsRoot() || executionContext.getForbidUnsafeExpressionResults()
                || executionContext.getRestrictExternalAccess() && form.externalAccess) {
            return ognl.evaluate(context, expression, executionContext);
        }
        Object value = form.value != null ? value(context, form.value) : test(context, form);
        if (value == OTHER) {
            return ognl.evaluate(context, expression, executionContext);
        }
        if (!executionContext.getPerformTypeConversion()) {
            return value;
        }
        return StandardExpressions.getConversionService(context.getConfiguration()).convert(context, value, String.class);
    }

    private Object test(IExpressionContext context, Form form) {
        for (Term term : form.terms) {
            Object result = test(context, term);
            if (result == OTHER) {
                return OTHER;
            }
            if ((Boolean) result != form.all) {
                return result;
            }
        }
        return form.all;
    }

    private Object test(IExpressionContext context, Term term) {
        Object value = value(context, term.chain);
        if (value == OTHER) {
            return OTHER;
        }
        switch (term.test) {
            case NOT_NULL:
                return value != null;
            case IS_NULL:
                return value == null;
            case EQUAL, NOT_EQUAL: {
                Object other = value(context, term.other);
                if (!(value instanceof String && other instanceof String)) {
                    return OTHER;
                }
                return value.equals(other) == (term.test == Test.EQUAL);
            }
            case HAS_TEXT:
                return value instanceof String text ? !whitespaceOnly(text) : value == null ? Boolean.FALSE : OTHER;
            default: {
                Boolean empty = value instanceof java.util.Collection<?> c ? Boolean.valueOf(c.isEmpty())
                        : value instanceof String text ? Boolean.valueOf(text.isEmpty()) : null;
                if (empty == null) {
                    return OTHER;
                }
                return empty == (term.test == Test.IS_EMPTY);
            }
        }
    }

    /** Thymeleaf's {@code #strings.isEmpty} counts only {@link Character#isWhitespace} as blank. */
    private static boolean whitespaceOnly(String text) {
        return text.chars().allMatch(Character::isWhitespace);
    }

    /** A chain's value, or {@link #OTHER} where a link is missing or not a record component. */
    private Object value(IExpressionContext context, String[] chain) {
        Object value = context.getVariable(chain[0]);
        for (int i = 1; i < chain.length; i++) {
            Method accessor = value == null ? null : accessor(value.getClass(), chain[i]);
            if (accessor == null) {
                return OTHER;
            }
            try {
                value = accessor.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                return OTHER;
            }
        }
        return value;
    }

    private Method accessor(Class<?> type, String name) {
        Optional<Method> accessor = accessors.get(type).get(name);
        return accessor == null ? null : accessor.get();
    }

    /** Whether this class evaluates the expression itself (when its values are of the kinds expected). */
    static boolean evaluatesItself(String expression) {
        return formOf(expression) != OGNL;
    }

    private static Form formOf(String expression) {
        String trimmed = expression.strip();
        if (CHAIN.matcher(trimmed).matches()) {
            String[] chain = chainOf(trimmed);
            return chain == null ? OGNL : new Form(chain, null, null, trimmed);
        }
        boolean all = !trimmed.contains(" or ");
        if (!all && trimmed.contains(" and ")) {
            return OGNL;
        }
        String[] parts = trimmed.split(all ? " and " : " or ", -1);
        Term[] terms = new Term[parts.length];
        for (int i = 0; i < parts.length; i++) {
            terms[i] = termOf(parts[i].strip());
            if (terms[i] == null) {
                return OGNL;
            }
        }
        return new Form(null, terms, all, trimmed);
    }

    private static Term termOf(String text) {
        java.util.regex.Matcher m = COMPARISON.matcher(text);
        if (m.matches()) {
            String[] chain = chainOf(m.group(1));
            boolean equal = m.group(2).equals("==");
            if (m.group(3).equals("null")) {
                return chain == null ? null : new Term(equal ? Test.IS_NULL : Test.NOT_NULL, chain, null);
            }
            String[] other = chainOf(m.group(3));
            return chain == null || other == null ? null
                    : new Term(equal ? Test.EQUAL : Test.NOT_EQUAL, chain, other);
        }
        m = IS_EMPTY.matcher(text);
        if (m.matches()) {
            String[] chain = chainOf(m.group(2));
            return chain == null ? null : new Term(m.group(1).isEmpty() ? Test.IS_EMPTY : Test.NOT_EMPTY, chain, null);
        }
        m = HAS_TEXT.matcher(text);
        if (m.matches()) {
            String[] chain = chainOf(m.group(1));
            return chain == null ? null : new Term(Test.HAS_TEXT, chain, null);
        }
        return null;
    }

    /** The names of a chain, or null for one OGNL must evaluate (a word of its own, a special root). */
    private static String[] chainOf(String text) {
        String[] chain = text.split("\\.");
        return java.util.Arrays.stream(chain).anyMatch(SPECIAL_ROOTS::contains) ? null : chain;
    }
}
