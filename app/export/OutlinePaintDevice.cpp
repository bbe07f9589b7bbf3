#include "OutlinePaintDevice.h"

namespace gapscope {

OutlinePaintDevice::OutlinePaintDevice(QPaintDevice *target) : m_target(target), m_engine(target) { }

OutlinePaintDevice::~OutlinePaintDevice() = default;

QPaintEngine *OutlinePaintDevice::paintEngine() const
{
    return &m_engine;
}

int OutlinePaintDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return m_target->width();
    case PdmHeight:
        return m_target->height();
    case PdmWidthMM:
        return m_target->widthMM();
    case PdmHeightMM:
        return m_target->heightMM();
    case PdmNumColors:
        return m_target->colorCount();
    case PdmDepth:
        return m_target->depth();
    case PdmDpiX:
        return m_target->logicalDpiX();
    case PdmDpiY:
        return m_target->logicalDpiY();
    case PdmPhysicalDpiX:
        return m_target->physicalDpiX();
    case PdmPhysicalDpiY:
        return m_target->physicalDpiY();
    case PdmDevicePixelRatio:
        return int(m_target->devicePixelRatio());
    case PdmDevicePixelRatioScaled:
        return int(m_target->devicePixelRatioF() * devicePixelRatioFScale());
    }
    return 0;
}

} // namespace gapscope
