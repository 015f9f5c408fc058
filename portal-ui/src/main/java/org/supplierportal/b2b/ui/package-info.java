/** The screens of the B2B channels: the EDI message log. */
package org.supplierportal.b2b.ui;
