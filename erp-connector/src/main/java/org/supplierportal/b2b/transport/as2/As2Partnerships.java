package org.supplierportal.b2b.transport.as2;

import java.util.Optional;
import java.util.function.Function;

import com.helger.as2lib.AbstractDynamicComponent;
import com.helger.as2lib.partner.AS2PartnershipNotFoundException;
import com.helger.as2lib.partner.IPartnershipFactory;
import com.helger.as2lib.partner.Partnership;
import com.helger.as2lib.message.IMessage;
import com.helger.as2lib.message.IMessageMDN;
import com.helger.commons.collection.impl.CommonsArrayList;
import com.helger.commons.collection.impl.CommonsHashSet;
import com.helger.commons.collection.impl.ICommonsList;
import com.helger.commons.collection.impl.ICommonsSet;
import com.helger.commons.state.EChange;
import com.helger.commons.state.ETriState;
import org.supplierportal.tenant.SftpLogin;

/**
 * The partnership of an incoming message, from the supplier whose AS2 ID is its AS2-From and only when its AS2-To is
 * the portal's: the signature is then required and checked with the certificate in that supplier's settings. No
 * partnerships are kept here: the channel settings are the one place they live.
 */
class As2Partnerships extends AbstractDynamicComponent implements IPartnershipFactory {

    private final As2Identity identity;
    private final Function<String, Optional<SftpLogin>> partners;

    /** @param partners the supplier on AS2 with this partner AS2 ID, if any */
    As2Partnerships(As2Identity identity, Function<String, Optional<SftpLogin>> partners) {
        this.identity = identity;
        this.partners = partners;
    }

    @Override
    public void updatePartnership(IMessage message, boolean overwrite) throws AS2PartnershipNotFoundException {
        Partnership partnership = message.partnership();
        Optional<SftpLogin> partner = identity.id().equals(partnership.getReceiverAS2ID()) && partnership.getSenderAS2ID() != null
                ? partners.apply(partnership.getSenderAS2ID()) : Optional.empty();
        if (partner.isEmpty()) {
            throw new AS2PartnershipNotFoundException(partnership);
        }
        partnership.setName(partner.get().tenantKey());
        partnership.setForceVerify(true);
        partnership.setVerifyUseCertificateInBodyPart(ETriState.FALSE);
        partnership.setAttribute(As2Certificates.PARTNER_CERTIFICATE, partner.get().settings().as2().certificate());
    }

    @Override
    public void updatePartnership(IMessageMDN mdn, boolean overwrite) {
        // the MDN's partnership is the message's, turned around by as2-lib: nothing to add
    }

    @Override
    public Partnership getPartnership(Partnership partnership) {
        return partnership;
    }

    @Override
    public Partnership getPartnershipByName(String name) {
        return null;
    }

    @Override
    public EChange addPartnership(Partnership partnership) {
        throw new UnsupportedOperationException("AS2 partners are set in the suppliers' channel settings");
    }

    @Override
    public EChange removePartnership(Partnership partnership) {
        throw new UnsupportedOperationException("AS2 partners are set in the suppliers' channel settings");
    }

    @Override
    public ICommonsSet<String> getAllPartnershipNames() {
        return new CommonsHashSet<>();
    }

    @Override
    public ICommonsList<Partnership> getAllPartnerships() {
        return new CommonsArrayList<>();
    }
}
