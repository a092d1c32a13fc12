package io.hydrascope.report;

import java.util.Locale;

/** The report formats, with their file extension, media type and whether they carry pictures. */
public enum ReportFormat {
    HTML("html", "text/html", true),
    PDF("pdf", "application/pdf", true),
    MD("md", "text/markdown", false),
    STIX("json", "application/stix+json;version=2.1", false),
    CSV("csv", "text/csv", false);

    private final String extension;
    private final String mediaType;
    private final boolean pictures;

    ReportFormat(String extension, String mediaType, boolean pictures) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.pictures = pictures;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** True when the format shows charts and the cluster picture (so the report needs graph layouts). */
    public boolean hasPictures() {
        return pictures;
    }

    /** The writer for this format. */
    public ReportWriter writer() {
        return switch (this) {
            case HTML -> new HtmlReportWriter();
            case PDF -> new PdfReportWriter();
            case MD -> new MarkdownReportWriter();
            case STIX -> new StixBundleWriter();
            case CSV -> new IndicatorCsvWriter();
        };
    }

    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown report format '" + name + "' (html, pdf, md, stix, csv)", e);
        }
    }
}
