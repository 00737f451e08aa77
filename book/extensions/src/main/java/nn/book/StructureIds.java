package nn.book;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Chromium names the elements of a tagged PDF's structure tree after its DOM nodes
/// (`/ID (node00002441)`, and table cells point at their headers by those names), and the DOM
/// numbers its nodes in the order they happened to be made, which varies from print to print.
/// Renamed `s1`, `s2`, ... in the order of the tree, with the ID tree rebuilt to match, two
/// prints of the same pages carry the same names.
final class StructureIds {
    private StructureIds() {}

    static void renumber(PDDocument document) {
        COSDictionary root = document.getDocumentCatalog().getCOSObject()
                .getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root == null) return;
        Map<String, String> names = new LinkedHashMap<>();
        List<COSDictionary> elements = new ArrayList<>();
        collect(root.getDictionaryObject(COSName.K), elements,
                java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        for (COSDictionary e : elements) {
            if (e.getDictionaryObject(COSName.ID) instanceof COSString id) {
                names.putIfAbsent(id.getString(), "s%08d".formatted(names.size() + 1));
            }
        }
        if (names.isEmpty()) return;
        var idTree = new COSArray();
        for (COSDictionary e : elements) {
            if (e.getDictionaryObject(COSName.ID) instanceof COSString id) {
                String renamed = names.get(id.getString());
                e.setItem(COSName.ID, new COSString(renamed));
                idTree.add(new COSString(renamed));
                idTree.add(e);
            }
            renameHeaders(e.getDictionaryObject(COSName.A), names);
        }
        var tree = new COSDictionary();
        tree.setItem(COSName.NAMES, idTree); // in tree order, which is the names' sorted order
        root.setItem(COSName.getPDFName("IDTree"), tree);
    }

    private static void collect(COSBase kids, List<COSDictionary> out, Set<COSBase> seen) {
        if (kids instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) collect(array.getObject(i), out, seen);
        } else if (kids instanceof COSDictionary e && seen.add(e)
                && !COSName.getPDFName("MCR").equals(e.getCOSName(COSName.TYPE))
                && !COSName.getPDFName("OBJR").equals(e.getCOSName(COSName.TYPE))) {
            out.add(e);
            collect(e.getDictionaryObject(COSName.K), out, seen);
        }
    }

    /// A table cell's `/A << /O /Table /Headers [(node...)] >>` (one dictionary or an array).
    private static void renameHeaders(COSBase attributes, Map<String, String> names) {
        List<COSBase> all = new ArrayList<>();
        if (attributes instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) all.add(array.getObject(i));
        } else if (attributes != null) {
            all.add(attributes);
        }
        for (COSBase a : all) {
            if (!(a instanceof COSDictionary d)) continue;
            if (!(d.getDictionaryObject(COSName.getPDFName("Headers")) instanceof COSArray h)) {
                continue;
            }
            for (int i = 0; i < h.size(); i++) {
                if (h.getObject(i) instanceof COSString s && names.containsKey(s.getString())) {
                    h.set(i, new COSString(names.get(s.getString())));
                }
            }
        }
    }
}
